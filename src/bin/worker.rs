//! The analysis worker's entry point: registers the worker so the app can
//! send it reports (see `parallax_app::worker`).

use gloo::worker::Registrable;

fn main() {
    parallax_app::worker::AnalysisWorker::registrar().register();
}
