//! Extraction of documents composed from pools of what news is made of: actors, titles,
//! trigger phrases and modality cues (the lexicon's own), pronouns and references, quotes,
//! punctuation, dates — and junk bytes. Random bytes almost never spell "met" next to a name;
//! these documents do in every input, so the fuzzer spends its time inside the extractor
//! instead of before it.
//!
//! Checks: no panic; every relation's evidence is its sentence, inside the document; a relation
//! has a trigger; extraction is deterministic.
//!
//! To turn a failing input into a regression case, run it with `DIPLOGRAPH_FUZZ_SHOW=1`: the
//! composed document is printed, and its text goes to `tests/data/fuzz-regressions/extract/`.
#![no_main]
use diplograph::{Date, Document, Extractor};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const ACTORS: &[&str] = &[
    "Vladimir Putin", "Putin", "Xi Jinping", "Xi", "Emmanuel Macron", "Macron", "Joe Biden",
    "Biden", "Donald Trump", "Trump", "Narendra Modi", "Volodymyr Zelensky", "Zelensky",
    "Keir Starmer", "Olaf Scholz", "Recep Tayyip Erdogan", "Kim Jong Un", "Ali Khamenei",
    "Mohammed bin Salman", "King Salman", "Pope Francis", "Antonio Guterres", "Mark Rutte",
    "Ursula von der Leyen", "Lula", "Shigeru Ishiba", "Benjamin Netanyahu", "Mahmoud Abbas",
    "Russia", "China", "the United States", "the U.S.", "Washington", "Moscow", "Beijing",
    "Kyiv", "Ukraine", "France", "Germany", "Britain", "the UK", "Japan", "India", "Iran",
    "Israel", "North Korea", "Pyongyang", "Saudi Arabia", "Turkey", "Brazil", "the EU",
    "NATO", "the United Nations", "the UN", "the IMF", "the African Union", "ASEAN", "Hamas",
    "Russian", "Chinese", "American", "French", "Ukrainian", "Iranian", "Israeli",
    "Pentagon", "Kremlin", "White House", "the State Department",
];

const TITLES: &[&str] = &[
    "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor",
    "King", "Crown Prince", "Emir", "Secretary of State", "Secretary-General", "Sen.",
    "Gen.", "Mr", "Mrs.", "Dr.", "the president", "the prime minister", "the foreign minister",
    "the top US diplomat", "the kingdom's crown prince", "the US envoy to the UN",
    "his counterpart", "her counterpart", "the leader of", "the head of",
];

const PRONOUNS_AND_REFERENCES: &[&str] = &[
    "he", "she", "they", "him", "her", "them", "his", "its", "their", "who", "which", "whom",
    "the two leaders", "the two sides", "both leaders", "the country", "the alliance",
    "the bloc", "the government", "officials", "allies", "the kingdom", "the leaders",
];

const GLUE: &[&str] = &[
    "and", "or", "but", "with", "to", "of", "in", "on", "at", "for", "by", "from", "after",
    "before", "during", "as", "that", "said", "told reporters", "according to", "by phone",
    "on Tuesday", "last week", "next month", "on March 3, 2024", "in Paris", "in Geneva",
    "Thursday", "2019", "also", "both", "a", "the", "an", "not", "never", "will", "would",
    "hopes to", "plans to", "if", "unless", "after talks", "a meeting", "a call", "talks",
];

const PUNCTUATION: &[&str] = &[
    ".", ",", ";", ":", "?", "!", " -- ", " - ", "\n", "\n\n", "(", ")", "'s", "\u{2019}s",
    "\"", "\u{201c}", "\u{201d}", "'", "\u{ab}", "\u{bb}", "...", "\u{2014}", "/", "&",
    "(Reuters) -", "WASHINGTON (AP) --", "UNITED NATIONS --", "\t", "\u{a0}",
];

/// The lexicon's own trigger phrases and modality cues, read from the data files the library
/// compiles in: the pools grow with the lexicon.
fn lexicon_phrases() -> &'static (Vec<String>, Vec<String>) {
    static PHRASES: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let read = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .flat_map(|v| {
                    v.get("phrases")
                        .and_then(|p| p.as_array())
                        .cloned()
                        .unwrap_or_default()
                })
                .filter_map(|p| p.as_str().map(str::to_owned))
                .collect()
        };
        (
            read(include_str!("../../data/lexicon/triggers.jsonl")),
            read(include_str!("../../data/lexicon/cues.jsonl")),
        )
    })
}

/// One piece of the document.
fn piece(u: &mut Unstructured<'_>, out: &mut String) -> Result<()> {
    let (triggers, cues) = lexicon_phrases();
    let word: &str = match u.int_in_range(0u8..=9)? {
        0 | 1 => u.choose(ACTORS)?,
        2 => u.choose(TITLES)?,
        3 | 4 => u.choose(triggers)?.as_str(),
        5 => u.choose(cues)?.as_str(),
        6 => u.choose(PRONOUNS_AND_REFERENCES)?,
        7 => u.choose(GLUE)?,
        8 => u.choose(PUNCTUATION)?,
        _ => {
            // junk: up to 16 bytes as they come, made text the way a file reader would
            let n = u.int_in_range(0usize..=16)?;
            let bytes = u.bytes(n.min(u.len()))?;
            out.push_str(&String::from_utf8_lossy(bytes));
            return Ok(());
        }
    };
    let glued = u.ratio(1u8, 8u8)?;
    if !glued && !out.is_empty() && !out.ends_with(char::is_whitespace) {
        out.push(' ');
    }
    if u.ratio(1u8, 12u8)? {
        out.push_str(&word.to_uppercase());
    } else {
        out.push_str(word);
    }
    Ok(())
}

fn document(u: &mut Unstructured<'_>) -> Result<(String, Option<Date>)> {
    let mut text = String::new();
    let pieces = u.int_in_range(1usize..=120)?;
    for _ in 0..pieces {
        if u.is_empty() {
            break;
        }
        piece(u, &mut text)?;
    }
    let date = if u.ratio(3u8, 4u8)? {
        let days = u.int_in_range(0u32..=365 * 40)?;
        let start: Date = "1990-01-01".parse().unwrap();
        Some(start.add_days(i64::from(days)))
    } else {
        None
    };
    Ok((text, date))
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok((text, date)) = document(&mut u) else {
        return;
    };
    static SHOW: OnceLock<bool> = OnceLock::new();
    if *SHOW.get_or_init(|| std::env::var_os("DIPLOGRAPH_FUZZ_SHOW").is_some()) {
        eprintln!("document ({date:?}): {text:?}");
    }
    let mut doc = Document::new("fuzz", text.clone());
    if let Some(d) = date {
        doc = doc.with_date(d);
    }
    let extractor = Extractor::bundled();
    let rels = extractor.extract(&doc);
    for r in &rels {
        let [a, b] = r.span;
        assert!(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
        assert_eq!(&text[a..b], r.sentence);
        assert!(!r.trigger.is_empty());
    }
    assert_eq!(rels, extractor.extract(&doc));
});
