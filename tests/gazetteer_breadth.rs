//! The bundled gazetteer knows the world's office holders since 1990: every person of a list
//! written from the public record (`tests/data/office_holders.tsv`, every continent) resolves
//! by full name in a dated document, and by surname later in it where news uses one. Also,
//! reading a CAMEO actor dictionary (a fixture of our own, and the Phoenix files when present).

use diplograph::{Document, Extractor, Gazetteer, Relation};

struct Holder {
    line: usize,
    name: String,
    of: String,
    surname: Option<String>,
    /// A day in office: mid-year of a year given alone.
    date: diplograph::Date,
}

fn holders() -> Vec<Holder> {
    let text = include_str!("data/office_holders.tsv");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "office_holders.tsv:{}: four fields", i + 1);
            Holder {
                line: i + 1,
                name: f[0].to_owned(),
                of: if f[1].starts_with("org:") {
                    f[1].to_owned()
                } else {
                    format!("country:{}", f[1])
                },
                surname: (f[2] != "-").then(|| f[2].to_owned()),
                date: if f[3].contains('-') {
                    f[3].parse().expect("a day")
                } else {
                    format!("{}-06-30", f[3]).parse().expect("a year")
                },
            }
        })
        .collect()
}

#[test]
fn office_holders_resolve_by_full_name_and_surname() {
    let list = holders();
    assert!(list.len() >= 300, "{} office holders", list.len());
    let extractor = Extractor::bundled();
    let gazetteer = extractor.gazetteer();
    let mut failures = Vec::new();
    for h in &list {
        // the surname on its own, in a later sentence, as news writes it
        let later = h.surname.as_deref().map_or(String::new(), |s| {
            format!(" Later that day {s} left the capital.")
        });
        let text = format!("On Monday {} arrived for the talks.{later}", h.name);
        let doc = Document::new("holder", text.as_str()).with_date(h.date);
        let analysis = extractor.analyze(&doc);
        // (the name's last word: a title such as "King" may stay outside the mention)
        let name_at = text.find(h.name.as_str()).expect("the name is in the text")
            + h.name.rfind(' ').map_or(0, |k| k + 1);
        let full = analysis
            .mentions
            .iter()
            .find(|m| m.start <= name_at && name_at < m.end)
            .map(|m| m.entity.id.clone());
        let holds_office = |id: &diplograph::EntityId| {
            gazetteer.get(id.as_str()).is_some_and(|e| {
                e.offices()
                    .iter()
                    .any(|o| o.of.as_str() == h.of && o.covers(h.date))
            })
        };
        let Some(id) = full.filter(holds_office) else {
            failures.push(format!(
                "line {}: {} ({} on {}) not resolved by full name",
                h.line, h.name, h.of, h.date
            ));
            continue;
        };
        if let Some(surname) = &h.surname {
            let at = text
                .rfind(surname.as_str())
                .expect("the surname is in the text");
            let by_surname = analysis
                .mentions
                .iter()
                .find(|m| m.start <= at && at < m.end)
                .map(|m| m.entity.id.clone());
            if by_surname.as_ref() != Some(&id) {
                failures.push(format!(
                    "line {}: {} resolved as {:?} by surname {surname:?}",
                    h.line,
                    h.name,
                    by_surname.map(|i| i.to_string())
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        list.len(),
        failures.join("\n")
    );
}

#[test]
fn bundled_gazetteer_counts_people_with_dated_offices_by_decade_and_source() {
    let stats = Gazetteer::bundled().stats();
    assert!(stats.people_with_dated_offices >= 10_000, "{stats:?}");
    for decade in ["1990s", "2000s", "2010s", "2020s"] {
        assert!(
            stats.people_by_decade[decade] >= 1_000,
            "{decade}: {stats:?}"
        );
    }
    for source in ["curated", "wikidata", "ungdc", "phoenix", "us-congress"] {
        assert!(stats.people_by_source[source] >= 100, "{source}: {stats:?}");
    }
}

/// A dictionary of our own in the Phoenix syntax, with a deliberately bad line.
const FIXTURE: &str = "tests/data/cameo/actors.txt";

#[test]
fn a_cameo_dictionary_loads_with_its_bad_line_reported() {
    let mut b = Gazetteer::builder();
    b.with_bundled();
    let report = b.load_cameo_actors(FIXTURE).expect("the fixture reads");
    assert_eq!(report.entries, 5, "{report:?}");
    assert_eq!(report.people, 3, "{report:?}");
    assert_eq!(report.joined, 1, "{report:?}");
    assert_eq!(report.organizations, 1, "{report:?}");
    let skipped: Vec<String> = report.skipped.iter().map(|s| s.to_string()).collect();
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert!(
        skipped[0].starts_with("tests/data/cameo/actors.txt:13: bad date restriction"),
        "{skipped:?}"
    );
    let g = b.build();

    // a person with dated roles: offices with the code, spelled as news writes the name
    let tamsin = g.find_by_name("Tamsin al-Rashidi").next().expect("spelled");
    assert_eq!(tamsin.offices().len(), 2);
    assert!(tamsin
        .offices()
        .iter()
        .all(|o| o.of.as_str() == "country:JOR"));
    assert_eq!(tamsin.offices()[0].cameo.as_deref(), Some("JORGOVMIL"));
    assert_eq!(tamsin.offices()[0].title, "Government (defence)");
    // one-word synonyms are short names, longer ones aliases
    assert!(tamsin
        .person
        .as_ref()
        .unwrap()
        .short_names
        .contains(&"Rashidi".to_owned()));
    assert!(g.find_by_name("T. al-Rashidi").next().is_some());

    // the bad line lost one role, nothing else
    let nils = g.find_by_name("Nils Odegaard").next().expect("loaded");
    assert_eq!(nils.offices().len(), 1);
    assert_eq!(
        nils.offices()[0].end.map(|d| d.to_string()).as_deref(),
        Some("2017-12-31")
    );

    // a known person gains the dictionary's code and keeps the bundled name
    let merkel = g.get("person:angela-merkel").expect("bundled");
    assert_eq!(merkel.name, "Angela Merkel");
    assert!(merkel
        .offices()
        .iter()
        .any(|o| o.cameo.as_deref() == Some("DEUELI")));

    // an undated code joins the country that has it; an unknown one makes an organization
    assert_eq!(
        g.find_by_name("Hashemite Kingdom")
            .next()
            .map(|e| e.id.as_str()),
        Some("country:JOR")
    );
    let council = g
        .find_by_name("Blue River Council")
        .next()
        .expect("an organization");
    assert_eq!(council.cameo.as_deref(), Some("IGOBRC"));
    let ix = g.index_of(council.id.as_str()).unwrap();
    assert_eq!(g.cameo_actor(ix, None).as_deref(), Some("IGOBRC"));

    // a person's CAMEO code follows the date
    let ix = g.index_of(tamsin.id.as_str()).unwrap();
    assert_eq!(
        g.cameo_actor(ix, "2012-03-01".parse().ok()).as_deref(),
        Some("JORGOVMIL")
    );
    assert_eq!(
        g.cameo_actor(ix, "2019-03-01".parse().ok()).as_deref(),
        Some("JORGOV")
    );
}

/// The first meeting the bundled extractor finds in `text`, dated `date`.
fn first_meeting(text: &str, date: &str) -> Relation {
    let doc = Document::new("meeting", text).with_date(date.parse().unwrap());
    Extractor::bundled()
        .extract(&doc)
        .into_iter()
        .find(|r| r.kind.as_str() == "met")
        .expect("a meeting")
}

#[test]
fn relations_carry_cameo_actor_codes() {
    let met = first_meeting(
        "Chancellor Angela Merkel met President Emmanuel Macron in Paris.",
        "2018-03-16",
    );
    assert_eq!(met.source.cameo_actor.as_deref(), Some("DEUGOV"));
    assert_eq!(
        met.target.as_ref().unwrap().cameo_actor.as_deref(),
        Some("FRAGOV")
    );
    let json = serde_json::to_string(&met).unwrap();
    assert!(json.contains("\"cameo_actor\":\"DEUGOV\""), "{json}");
}

/// The Phoenix country dictionary, where this machine has it (development and CI machines of
/// the project do; a clean clone elsewhere skips with a note).
#[test]
fn the_phoenix_dictionary_loads_as_a_user_dictionary() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/phoenix/Phoenix.Countries.actors.txt");
    if !path.exists() {
        eprintln!("skipped: {} not present", path.display());
        return;
    }
    let mut b = Gazetteer::builder();
    b.with_bundled();
    let report = b.load_cameo_actors(&path).expect("reads");
    assert!(report.people >= 15_000, "{report:?}");
    // the file has a few malformed restrictions; each is reported with its line
    assert!(!report.skipped.is_empty() && report.skipped.len() < 100);
    assert!(report.skipped.iter().all(|s| s.line > 0));
    let g = b.build();
    let castro = g.find_by_name("Fidel Castro").next().expect("Fidel Castro");
    assert!(castro
        .offices()
        .iter()
        .any(|o| o.cameo.as_deref() == Some("CUBGOV")));
}

#[test]
fn relations_carry_the_entities_other_names() {
    let met = first_meeting(
        "Prime Minister Najib Mikati met Foreign Minister Jolanta Vexler in Beirut.",
        "2022-10-11",
    );
    // the gazetteer names him formally; the name the text used travels as an alias
    assert_eq!(met.source.name, "Mohammad Najib Azmi Mikati");
    assert!(met.source.aliases.iter().any(|a| a == "Najib Mikati"));
    let json = serde_json::to_string(&met.source).unwrap();
    assert!(json.contains("\"aliases\":[\"Najib Mikati\""), "{json}");
    // a person the gazetteer does not know has none, and JSON leaves the field out
    let target = met.target.as_ref().expect("a target");
    assert!(target.aliases.is_empty());
    assert!(!serde_json::to_string(target).unwrap().contains("aliases"));
}
