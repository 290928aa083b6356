//! The bundled gazetteer's data, and loading user gazetteers.

use diplograph::gazetteer::{OrganizationCategory, UnStatus};
use diplograph::{Entity, EntityKind, Gazetteer, GazetteerError, Role};
use std::io::Write;

#[test]
fn bundled_data_validates() {
    let issues = Gazetteer::bundled().validate();
    assert!(
        issues.is_empty(),
        "{} issues, first: {:?}",
        issues.len(),
        issues.first()
    );
}

#[test]
fn bundled_coverage() {
    let g = Gazetteer::bundled();
    let s = g.stats();
    assert!(s.countries >= 195, "{s:?}");
    assert!(s.organizations >= 150, "{s:?}");
    assert!(s.people >= 800, "{s:?}");
    let members = g
        .iter()
        .filter(|e| {
            e.country
                .as_ref()
                .is_some_and(|c| c.un_status == UnStatus::Member)
        })
        .count();
    assert_eq!(members, 193, "UN member states");
    for id in ["country:VAT", "country:PSE", "country:XKX", "country:TWN"] {
        assert!(g.get(id).is_some(), "{id}");
    }
    for id in [
        "org:united-nations",
        "org:nato",
        "org:european-union",
        "org:european-commission",
        "org:african-union",
        "org:asean",
        "org:sco",
        "org:brics",
        "org:g7",
        "org:g20",
        "org:opec",
        "org:iaea",
        "org:imf",
        "org:world-bank",
        "org:wto",
        "org:osce",
        "org:arab-league",
        "org:gcc",
        "org:ecowas",
        "org:coalition-of-the-willing",
        "org:ukraine-defense-contact-group",
        "org:reuters",
        "org:associated-press",
        "org:afp",
    ] {
        assert!(g.get(id).is_some(), "{id}");
    }
}

#[test]
fn every_person_holds_a_dated_office() {
    let g = Gazetteer::bundled();
    let people: Vec<_> = g.iter().filter(|e| e.kind == EntityKind::Person).collect();
    assert!(people.len() >= 800, "{} people", people.len());
    for e in people {
        assert!(!e.offices().is_empty(), "{} has no office", e.id);
        assert!(
            e.offices().iter().all(|o| o.start.is_some()),
            "{} has an undated office",
            e.id
        );
    }
}

#[test]
fn member_lists_name_real_entities() {
    let g = Gazetteer::bundled();
    let eu = g
        .get("org:european-union")
        .unwrap()
        .organization
        .as_ref()
        .unwrap();
    assert_eq!(eu.members.len(), 27);
    let nato = g.get("org:nato").unwrap().organization.as_ref().unwrap();
    assert_eq!(nato.members.len(), 32);
    assert!(nato.members.iter().any(|m| m.as_str() == "country:FIN"));
}

fn holder(g: &Gazetteer, of: &str, role: Role, date: &str) -> String {
    g.office_holders(of, role, date.parse().unwrap())
        .next()
        .map(|(p, _)| p.name.clone())
        .unwrap_or_default()
}

#[test]
fn office_holders_by_date() {
    let g = Gazetteer::bundled();
    let cases = [
        (
            "country:ITA",
            Role::HeadOfGovernment,
            "2004-06-01",
            "Silvio Berlusconi",
        ),
        (
            "country:ITA",
            Role::HeadOfGovernment,
            "2025-09-04",
            "Giorgia Meloni",
        ),
        // two presidents of one first and last name stay two people
        (
            "country:USA",
            Role::HeadOfState,
            "1990-03-01",
            "George H. W. Bush",
        ),
        (
            "country:USA",
            Role::HeadOfState,
            "2004-03-01",
            "George W. Bush",
        ),
        (
            "country:USA",
            Role::HeadOfState,
            "2010-03-01",
            "Barack Obama",
        ),
        (
            "country:USA",
            Role::HeadOfState,
            "2025-09-04",
            "Donald Trump",
        ),
        (
            "country:GBR",
            Role::HeadOfGovernment,
            "2022-10-01",
            "Liz Truss",
        ),
        (
            "country:FRA",
            Role::HeadOfGovernment,
            "2025-10-01",
            "Sébastien Lecornu",
        ),
        (
            "country:UKR",
            Role::HeadOfState,
            "2025-09-04",
            "Volodymyr Zelensky",
        ),
        (
            "country:RUS",
            Role::ForeignMinister,
            "2015-01-01",
            "Sergey Lavrov",
        ),
        // two foreign ministers of one country whose names share words stay two people
        (
            "country:SAU",
            Role::ForeignMinister,
            "2010-01-01",
            "Saud al-Faisal",
        ),
        (
            "country:SAU",
            Role::ForeignMinister,
            "2022-01-01",
            "Faisal bin Farhan Al Saud",
        ),
        (
            "org:united-nations",
            Role::HeadOfOrganization,
            "2010-01-01",
            "Ban Ki-moon",
        ),
        (
            "org:nato",
            Role::HeadOfOrganization,
            "2020-01-01",
            "Jens Stoltenberg",
        ),
        (
            "org:european-commission",
            Role::HeadOfOrganization,
            "2025-01-01",
            "Ursula von der Leyen",
        ),
    ];
    for (of, role, date, want) in cases {
        assert_eq!(holder(&g, of, role, date), want, "{of} {role:?} on {date}");
    }
}

fn temp_file(name: &str, contents: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("diplograph-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(contents)
        .unwrap();
    path
}

const GOOD: &str = r#"{"id":"person:margus-tsahkna","kind":"person","name":"Margus Tsahkna","person":{"short_names":["Tsahkna"],"offices":[{"title":"Foreign Minister","role":"foreign_minister","of":"country:EST","start":"2023-04-17"}]}}"#;

#[test]
fn user_file_adds_to_the_bundled_data() {
    let path = temp_file("user.jsonl", format!("# my actors\n\n{GOOD}\n").as_bytes());
    let mut b = Gazetteer::builder();
    b.with_bundled();
    b.load_path(&path).unwrap();
    let g = b.build();
    assert_eq!(g.len(), Gazetteer::bundled().len() + 1);
    assert_eq!(
        holder(&g, "country:EST", Role::ForeignMinister, "2025-01-01"),
        "Margus Tsahkna"
    );
    assert!(g.validate().is_empty());
}

#[test]
fn bad_line_names_file_and_line_and_loads_nothing() {
    let path = temp_file(
        "bad.jsonl",
        format!("{GOOD}\n{{\"id\":\"org:x\",\"kind\":\"organization\"}}\n").as_bytes(),
    );
    let mut b = Gazetteer::builder();
    let err = b.load_path(&path).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, GazetteerError::Parse { line: 2, .. }),
        "{msg}"
    );
    assert!(
        msg.contains("bad.jsonl:2:") && msg.contains("name"),
        "{msg}"
    );
    assert!(b.build().is_empty(), "nothing from a failed file is kept");
}

#[test]
fn an_unknown_organization_category_names_file_line_and_the_categories() {
    let line = r#"{"id":"org:x","kind":"organization","name":"X Pact","organization":{"category":"aliance"}}"#;
    let path = temp_file("categories.jsonl", format!("{GOOD}\n{line}\n").as_bytes());
    let err = Gazetteer::builder().load_path(&path).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, GazetteerError::Parse { line: 2, .. }),
        "{msg}"
    );
    assert!(
        msg.contains("categories.jsonl:2:") && msg.contains("aliance") && msg.contains("alliance"),
        "{msg}"
    );
    let fixed = line.replace("aliance", "alliance");
    let mut b = Gazetteer::builder();
    b.load_str("fixed.jsonl", &fixed).unwrap();
    let g = b.build();
    let facts = g.get("org:x").unwrap().organization.as_ref().unwrap();
    assert_eq!(facts.category, OrganizationCategory::Alliance);
    assert!(facts.is_grouping_of_states());
    for &c in OrganizationCategory::ALL {
        assert_eq!(c.as_str().parse::<OrganizationCategory>(), Ok(c));
        assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{c}\""));
    }
}

#[test]
fn invalid_entities_are_refused_with_reasons() {
    let cases = [
        (
            r#"{"id":"org:x","kind":"organization","name":"  ","organization":{"category":"forum"}}"#,
            "empty name",
        ),
        (
            r#"{"id":"country:FRA","kind":"organization","name":"X","organization":{"category":"forum"}}"#,
            "org:",
        ),
        (
            r#"{"id":"country:XYZ","kind":"country","name":"X","country":{"iso2":"x1","iso3":"XYZ","un_status":"member"}}"#,
            "alpha-2",
        ),
        (
            r#"{"id":"person:p","kind":"person","name":"P","person":{"offices":[{"title":"President","role":"head_of_state","of":"country:FRA","start":"2020","end":"2019"}]}}"#,
            "before it starts",
        ),
        (
            r#"{"id":"person:p","kind":"person","name":"P","person":{"offices":[{"title":"President","role":"head_of_state","of":"country:FRA","start":"2020-02-30"}]}}"#,
            "invalid date",
        ),
    ];
    for (line, why) in cases {
        let err = Gazetteer::builder()
            .load_str("t.jsonl", line)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("t.jsonl:1") && err.contains(why),
            "{err} (wanted {why:?})"
        );
    }
}

#[test]
fn invalid_utf8_is_reported_by_line() {
    let mut bytes = format!("{GOOD}\n").into_bytes();
    bytes.extend_from_slice(b"{\"id\":\"org:\xff\"}\n");
    let path = temp_file("utf8.jsonl", &bytes);
    let err = Gazetteer::builder().load_path(&path).unwrap_err();
    assert!(matches!(err, GazetteerError::Utf8 { line: 2, .. }), "{err}");
}

#[test]
fn same_id_merges() {
    let mut b = Gazetteer::builder();
    b.with_bundled();
    let mut nato = Entity::new("org:nato", EntityKind::Organization, "NATO alliance");
    nato.aliases.push("the Alliance".into());
    nato.organization = Some(Default::default());
    b.add(nato).unwrap();
    let g = b.build();
    let e = g.get("org:nato").unwrap();
    assert_eq!(e.name, "NATO alliance");
    assert!(e
        .aliases
        .iter()
        .any(|a| a == "North Atlantic Treaty Organization"));
    assert!(e.aliases.iter().any(|a| a == "the Alliance"));
    assert!(e
        .organization
        .as_ref()
        .unwrap()
        .acronyms
        .iter()
        .any(|a| a == "NATO"));
}

#[test]
fn shared_full_names_are_reported() {
    let mut b = Gazetteer::builder();
    for id in ["org:a", "org:b"] {
        let mut e = Entity::new(id, EntityKind::Organization, "Same Name");
        e.organization = Some(Default::default());
        b.add(e).unwrap();
    }
    let issues = b.build().validate();
    assert_eq!(issues.len(), 1);
    assert!(issues[0].message.contains("Same Name"));
}

#[test]
fn jsonl_round_trip() {
    let g = Gazetteer::bundled();
    let mut out = Vec::new();
    g.write_jsonl(&mut out).unwrap();
    let mut b = Gazetteer::builder();
    b.load_reader("round-trip", out.as_slice()).unwrap();
    let again = b.build();
    assert_eq!(again.len(), g.len());
    assert!(g.iter().zip(again.iter()).all(|(a, b)| a == b));
}

#[test]
fn organizations_know_where_their_headquarters_stand() {
    let g = Gazetteer::bundled();
    let seats = |id: &str| -> Vec<String> {
        let e = g.entity(g.index_of(id).unwrap_or_else(|| panic!("{id} missing")));
        e.organization
            .as_ref()
            .map(|o| o.seats.iter().map(|s| s.to_string()).collect())
            .unwrap_or_default()
    };
    assert_eq!(seats("org:nato"), ["country:BEL"]);
    assert_eq!(seats("org:united-nations"), ["country:USA"]);
    assert_eq!(seats("org:african-union"), ["country:ETH"]);
    // a grouping without a secretariat has no seat
    assert!(seats("org:g20").is_empty());
}
