//! Hostile input: nothing panics, evidence always points into the document, and results do not
//! depend on the thread count.

use diplograph::{Document, Entity, EntityKind, Extractor, Gazetteer, Relation};
use proptest::prelude::*;

fn extract(text: &str) -> Vec<Relation> {
    Extractor::bundled().extract(&Document::new("h", text).with_date("2025-09-04".parse().unwrap()))
}

fn check_evidence(text: &str, rels: &[Relation]) {
    for r in rels {
        let [a, b] = r.span;
        assert!(
            a <= b && b <= text.len(),
            "span {a}..{b} outside a {}-byte text",
            text.len()
        );
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        assert_eq!(&text[a..b], r.sentence);
    }
}

#[test]
fn empty_and_blank_documents() {
    for t in ["", " ", "\n\n\n", "\t", ".", "“”", "\u{feff}"] {
        assert!(extract(t).is_empty(), "{t:?}");
    }
}

#[test]
fn one_huge_line_without_a_sentence_end() {
    let unit = "Putin met Xi Jinping and ";
    let text = unit.repeat(4_000_000); // 100 MB, no period, no newline
    let rels = extract(&text);
    check_evidence(&text, &rels);
    // sentences are cut at 4 KB; each piece states the (repeated) meeting once
    let pieces = diplograph::text::sentences(&text).count();
    let met = rels.iter().filter(|r| r.kind.as_str() == "met").count();
    assert!(pieces >= text.len() / diplograph::text::MAX_SENTENCE_BYTES);
    assert!(met * 10 >= pieces * 9, "{met} meetings in {pieces} pieces");
    assert!(rels
        .iter()
        .all(|r| r.sentence.len() <= diplograph::text::MAX_SENTENCE_BYTES));
}

#[test]
fn a_hundred_thousand_mentions_without_a_sentence_end() {
    // 700 KB without a sentence end: cut into 4 KB pieces of about 585 mentions each; only the
    // last piece holds the verb, and it still states the meeting
    let text = format!("{} met Xi.", "Putin, ".repeat(100_000));
    let pieces = diplograph::text::sentences(&text).count();
    assert!(pieces >= text.len() / diplograph::text::MAX_SENTENCE_BYTES);
    let rels = extract(&text);
    check_evidence(&text, &rels);
    assert_eq!(rels.len(), 1, "{rels:?}");
    let names = [
        rels[0].source.name.as_str(),
        rels[0].target.as_ref().map_or("", |t| t.name.as_str()),
    ];
    assert_eq!(rels[0].kind.as_str(), "met");
    assert!(names.contains(&"Vladimir Putin") && names.contains(&"Xi Jinping"));
}

#[test]
fn a_sentence_as_long_as_sentences_go_and_all_mentions() {
    // the densest sentence there can be: one 4 KB sentence that is a list of mentions
    let names = "Putin, Xi, Modi, Macron, Starmer, ".repeat(200);
    let list = &names[..names[..3880].rfind(", ").unwrap()];
    let text = format!("{list} and Starmer met Erdogan.");
    assert_eq!(diplograph::text::sentences(&text).count(), 1);
    let rels = extract(&text);
    check_evidence(&text, &rels);
    // one meeting with Erdogan per listed leader, no more
    assert_eq!(rels.len(), 5, "{rels:?}");
    assert!(rels.iter().all(|r| r.kind.as_str() == "met"
        && r.target
            .as_ref()
            .is_some_and(|t| t.name == "Recep Tayyip Erdoğan")));
}

#[test]
fn a_gazetteer_with_a_million_aliases() {
    let mut e = Entity::new("org:many-names", EntityKind::Organization, "Many Names");
    e.organization = Some(Default::default());
    e.aliases = (0..1_000_000).map(|i| format!("Alias{i:07}x")).collect();
    let mut b = Gazetteer::builder();
    b.with_bundled();
    b.add(e).unwrap();
    let g = b.build();
    let ex = Extractor::builder()
        .gazetteer(g)
        .build()
        .expect("a million aliases still build");
    let doc = Document::new("a", "Alias0999999x met Vladimir Putin in Alias0000042x.");
    let rels = ex.extract(&doc);
    assert_eq!(rels.len(), 1);
    assert_eq!(rels[0].source.id.as_str(), "org:many-names");
}

#[test]
fn nul_bytes_controls_and_other_scripts() {
    let text = "Zelensky\0met\0Macron. \u{1}\u{7f} Путин встретился. 习近平 met Putin 🇺🇦🇷🇺. Erdoğan\u{200b}met Orbán. ‏مرحبا‎ Xi met Modi.";
    let rels = extract(text);
    check_evidence(text, &rels);
    assert!(rels.iter().any(|r| r.source.name == "Xi Jinping"
        || r.target.as_ref().is_some_and(|t| t.name == "Xi Jinping")));
}

#[test]
fn extremely_long_token() {
    let text = format!("Putin met {} Xi.", "a".repeat(1_000_000));
    let rels = extract(&text);
    check_evidence(&text, &rels);
}

#[test]
fn odd_punctuation() {
    let text = "...Putin!!! met??? Xi;;; — – “‘Zelensky’” met (Macron) [in] {Paris}. Mr. . . Mrs. U.S.. E.U.- ,,, ''' \"\"\"";
    let rels = extract(text);
    check_evidence(text, &rels);
}

#[test]
fn invalid_utf8_file_is_decoded_lossily() {
    let dir = std::env::temp_dir().join(format!("diplograph-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("bad.txt");
    std::fs::write(&p, b"Narendra Modi met Xi Jinping \xff\xfe in Tianjin.").unwrap();
    let (doc, lossy) = Document::from_text_file(&p).unwrap();
    assert!(lossy);
    assert!(doc.text.contains('\u{FFFD}'));
    let rels = Extractor::bundled().extract(&doc);
    assert_eq!(rels.iter().filter(|r| r.kind.as_str() == "met").count(), 1);
}

#[test]
fn results_do_not_depend_on_thread_count() {
    let docs: Vec<Document> = (0..64)
        .map(|i| {
            Document::new(
                format!("d{i}"),
                format!("Zelensky met Witkoff {i} times. Britain pledged to send {i} troops to Ukraine. He thanked Macron."),
            )
            .with_date("2025-09-04".parse().unwrap())
        })
        .collect();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| Extractor::bundled().extract_all(&docs));
    let two = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap()
        .install(|| Extractor::bundled().extract_all(&docs));
    let serial: Vec<Vec<Relation>> = docs
        .iter()
        .map(|d| Extractor::bundled().extract(d))
        .collect();
    assert_eq!(one, two);
    assert_eq!(one, serial);
    assert!(one.iter().all(|r| r.len() >= 2));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_extracts_without_panic_and_spans_hold(text in "\\PC{0,400}") {
        let rels = extract(&text);
        check_evidence(&text, &rels);
        prop_assert_eq!(rels, extract(&text), "deterministic");
    }

    #[test]
    fn news_like_text_spans_hold(words in proptest::collection::vec(
        prop_oneof![
            Just("Putin"), Just("met"), Just("Xi"), Just("Zelensky"), Just("pledged"), Just("to"), Just("send"),
            Just("troops"), Just("Ukraine"), Just("."), Just(","), Just("and"), Just("“"), Just("”"), Just("he"),
            Just("the"), Just("group"), Just("Coalition of the Willing"), Just("if"), Just("not"), Just("U.S."),
            Just("Ukrainian"), Just("President"), Just("Mr."), Just("\n"), Just("thanked"), Just("'s"), Just("visit to"),
        ],
        0..60,
    )) {
        let text = words.join(" ");
        let rels = extract(&text);
        check_evidence(&text, &rels);
    }
}

#[test]
fn mentions_given_by_the_caller_are_checked() {
    let ex = Extractor::bundled();
    let doc = Document::new("d", "Emmanuel Macron met Olaf Scholz in Berlin.");
    let ours: Vec<_> = ex.matcher().find_iter(&doc.text).collect();
    assert_eq!(ex.extract_with_mentions(&doc, &ours), ex.extract(&doc));
    assert!(!ex.extract(&doc).is_empty());

    // out of order: the later mentions are dropped, so no meeting is left to find
    let reversed: Vec<_> = ours.iter().rev().copied().collect();
    assert!(ex.extract_with_mentions(&doc, &reversed).is_empty());

    // mentions of another matcher (another gazetteer's patterns) are ignored
    let mut b = diplograph::Gazetteer::builder();
    b.load_str(
        "mine.jsonl",
        r#"{"id":"person:emmanuel-macron","kind":"person","name":"Emmanuel Macron"}"#,
    )
    .unwrap();
    let other = diplograph::Matcher::new(&b.build()).unwrap();
    let foreign: Vec<_> = other.find_iter(&doc.text).collect();
    assert_eq!(foreign.len(), 1);
    assert!(ex.extract_with_mentions(&doc, &foreign).is_empty());

    // mentions found in another text may point past this one or inside its chars
    let long = Document::new(
        "l",
        "Xi Jinping and Vladimir Putin met in Moscow on Tuesday.",
    );
    let elsewhere: Vec<_> = ex.matcher().find_iter(&long.text).collect();
    let short = Document::new("s", "Ça va, é.");
    assert!(ex.extract_with_mentions(&short, &elsewhere).is_empty());
}

#[test]
fn coordination_dense_text_states_every_pair_of_every_sentence() {
    // four subjects, four objects: sixteen meetings a sentence, however many sentences
    let unit = "Putin and Xi and Modi and Macron met Erdogan and Biden and Scholz and Meloni. ";
    let text = unit.repeat(2_000);
    let doc = Document::new("c", text.as_str()).with_date("2023-03-01".parse().unwrap());
    let rels = Extractor::bundled().extract(&doc);
    check_evidence(&text, &rels);
    assert_eq!(rels.len(), 16 * 2_000);
    assert!(rels.iter().all(|r| r.kind.as_str() == "met"));
}

#[test]
fn coordination_without_a_sentence_end_stays_within_each_piece() {
    // 400 KB of "A and B and ... met C and D and ...": cut into 4 KB pieces, each a list of
    // coordinated names; what a piece states involves only the names inside it
    let unit = "Putin and Xi and Modi and Macron met Erdogan and Biden and Scholz and Meloni and ";
    let text = unit.repeat(5_000);
    let rels = extract(&text);
    check_evidence(&text, &rels);
    let pieces = diplograph::text::sentences(&text).count();
    assert!(pieces >= text.len() / diplograph::text::MAX_SENTENCE_BYTES);
    // eight leaders: at most every ordered pair of them in any one piece
    let mut per_piece = std::collections::HashMap::new();
    for r in &rels {
        *per_piece.entry(r.span).or_insert(0usize) += 1;
    }
    assert!(!per_piece.is_empty());
    assert!(per_piece.values().all(|&n| n <= 8 * 7), "{per_piece:?}");
}

#[test]
fn relations_come_one_sentence_at_a_time_and_equal_extract() {
    // the streaming reader and the collecting one agree, on dense text and on prose
    let ex = Extractor::bundled();
    let dense = "Putin met Xi. Modi spoke with Ishiba by phone. ".repeat(3_000);
    let prose = "Britain pledged to send troops to Ukraine if a ceasefire holds. \
                 The Italian prime minister did not meet the Hungarian prime minister. \
                 He later thanked Japan for its support.\n\nKing Salman received Macron in Riyadh.";
    // (a participant list at the end is told once the document ends)
    let listed = "President Biden met with business leaders.\nParticipants:\n\
                  - Ann Lee, Chief Executive Officer, Acme - Bo Varga, Founder, Initech";
    for text in [dense.as_str(), prose, listed] {
        let doc = Document::new("s", text).with_date("2025-03-01".parse().unwrap());
        let streamed: Vec<Relation> = ex.relations(&doc).collect();
        assert_eq!(streamed, ex.extract(&doc));
        assert!(!streamed.is_empty());
    }
    // taking the first relation reads no further than its sentence: the rest are still to come
    let doc = Document::new("s", dense.as_str()).with_date("2025-03-01".parse().unwrap());
    let mut it = ex.relations(&doc);
    let first = it.next().unwrap();
    assert_eq!(first.span[0], 0);
    assert_eq!(it.count() + 1, ex.extract(&doc).len());
}
