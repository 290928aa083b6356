//! Date finding and date parsing on arbitrary text: a date or nothing, never a panic; what is
//! found or parsed prints back to itself.
#![no_main]
use diplograph::{first_date_in, Date, PartialDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(d) = first_date_in(&text) {
        assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
    }
    if let Ok(d) = text.parse::<Date>() {
        assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
    }
    if let Ok(p) = text.parse::<PartialDate>() {
        assert!(p.first_day() <= p.last_day());
        assert!(p.contains(p.first_day()) && p.contains(p.last_day()));
    }
});
