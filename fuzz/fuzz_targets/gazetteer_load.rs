//! The gazetteer loader on arbitrary bytes: an error or a gazetteer, never a panic; what loads
//! validates without panicking and builds an automaton.
#![no_main]
use diplograph::{Gazetteer, Matcher};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut b = Gazetteer::builder();
    if b.load_reader("fuzz.jsonl", data).is_ok() {
        let g = b.build();
        let _ = g.validate();
        let _ = g.stats();
        if let Ok(m) = Matcher::new(&g) {
            let _ = m.find_iter("Putin met Xi in Paris; NATO and the EU.").count();
        }
    }
});
