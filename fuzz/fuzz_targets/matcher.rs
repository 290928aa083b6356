//! The gazetteer matcher over arbitrary bytes taken as (lossily decoded) text: mentions are in
//! order, do not overlap, and lie on character boundaries.
#![no_main]
use diplograph::{Gazetteer, Matcher};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::new(&Gazetteer::bundled()).expect("bundled automaton"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last_end = 0;
    for m in matcher().find_iter(&text) {
        assert!(m.start >= last_end && m.start < m.end && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(!m.candidates().is_empty());
        last_end = m.end;
    }
});
