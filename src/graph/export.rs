//! Exports: JSON Lines relation records, Neo4j-importable CSV, GraphML, Graphviz DOT, N-Triples.

use super::{Fact, KnowledgeGraph};
use crate::gazetteer::{EntityId, EntityKind};
use crate::text::fnv1a;
use std::fmt::Write as _;
use std::io::{self, Write};

/// The id of the placeholder node that target-less facts point to in formats whose edges need
/// two ends (CSV, GraphML, DOT).
pub const UNSPECIFIED_ID: &str = "unspecified";

/// Writes one CSV record (RFC 4180): every field goes through here, so none escapes quoting.
fn csv_row<W: Write>(out: &mut W, fields: &[&str]) -> io::Result<()> {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        if field.contains([',', '"', '\n', '\r']) {
            write!(out, "\"{}\"", field.replace('"', "\"\""))?;
        } else {
            out.write_all(field.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // characters XML 1.0 forbids
            c if ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

fn dot_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn nt_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A stable IRI part: ASCII letters, digits and `-._:` kept, everything else percent-encoded.
fn iri_part(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b':') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `urn:diplograph:entity:country:UKR`
pub(crate) fn entity_iri(id: &EntityId) -> String {
    format!("<urn:diplograph:entity:{}>", iri_part(id.as_str()))
}

/// A stable id for a fact, from its key.
pub(crate) fn fact_id(f: &Fact) -> String {
    let k = f.key();
    let text = format!(
        "{}|{}|{}|{}|{}",
        k.kind,
        k.source,
        k.target.as_ref().map_or("", |t| t.as_str()),
        k.object.as_deref().unwrap_or(""),
        k.modality.as_str()
    );
    format!("{:016x}", fnv1a(&text))
}

fn kind_colour(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "#f6d365",
        EntityKind::Country => "#8ec5fc",
        EntityKind::Organization => "#b8e994",
    }
}

fn edge_label(f: &Fact) -> String {
    let mut l = f.kind.to_string();
    if let Some(o) = &f.object {
        l.push_str(": ");
        l.push_str(o);
    }
    if f.modality != crate::Modality::Asserted {
        let _ = write!(l, " [{}]", f.modality.as_str());
    }
    l
}

impl KnowledgeGraph {
    fn has_unary(&self) -> bool {
        self.facts().any(|f| f.target.is_none())
    }

    /// Writes one JSON relation record per fact and piece of evidence.
    pub fn write_jsonl<W: Write>(&self, mut out: W) -> io::Result<()> {
        for r in self.relations() {
            serde_json::to_writer(&mut out, &r)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Writes the whole graph as JSON; [`serde_json::from_reader`] reads it back identical.
    pub fn write_json<W: Write>(&self, out: W) -> io::Result<()> {
        serde_json::to_writer(out, self).map_err(io::Error::from)
    }

    /// Writes Neo4j `neo4j-admin database import` CSV: a nodes file (`id:ID`, `:LABEL`) and a
    /// relationships file (`:START_ID`, `:END_ID`, `:TYPE`).
    ///
    /// ```
    /// let kg = diplograph::KnowledgeGraph::new();
    /// let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    /// kg.write_csv(&mut nodes, &mut edges).unwrap();
    /// assert!(String::from_utf8(nodes).unwrap().starts_with("id:ID,name,kind,wikidata,cameo_actor,:LABEL"));
    /// assert!(String::from_utf8(edges).unwrap().starts_with(":START_ID,:END_ID,:TYPE"));
    /// ```
    pub fn write_csv<N: Write, E: Write>(&self, mut nodes: N, mut edges: E) -> io::Result<()> {
        csv_row(
            &mut nodes,
            &["id:ID", "name", "kind", "wikidata", "cameo_actor", ":LABEL"],
        )?;
        for e in self.entities() {
            let label = match e.kind {
                EntityKind::Person => "Entity;Person",
                EntityKind::Country => "Entity;Country",
                EntityKind::Organization => "Entity;Organization",
            };
            csv_row(
                &mut nodes,
                &[
                    e.id.as_str(),
                    &e.name,
                    e.kind.as_str(),
                    e.wikidata.as_deref().unwrap_or(""),
                    e.cameo_actor.as_deref().unwrap_or(""),
                    label,
                ],
            )?;
        }
        if self.has_unary() {
            csv_row(
                &mut nodes,
                &[
                    UNSPECIFIED_ID,
                    "(unspecified)",
                    "unspecified",
                    "",
                    "",
                    "Unspecified",
                ],
            )?;
        }
        csv_row(
            &mut edges,
            &[
                ":START_ID",
                ":END_ID",
                ":TYPE",
                "fact_id",
                "object",
                "modality",
                "dates:date[]",
                "places:string[]",
                "cameo",
                "plover",
                "evidence_count:int",
                "sentence",
            ],
        )?;
        for f in self.facts() {
            let dates: Vec<String> = f.dates.iter().map(|d| d.to_string()).collect();
            let places: Vec<&str> = f.places.iter().map(|p| p.as_str()).collect();
            let sentence = f.evidence.iter().next().map_or("", |e| e.sentence.as_str());
            csv_row(
                &mut edges,
                &[
                    f.source.as_str(),
                    f.target.as_ref().map_or(UNSPECIFIED_ID, |t| t.as_str()),
                    &f.kind.as_str().to_uppercase(),
                    &fact_id(f),
                    f.object.as_deref().unwrap_or(""),
                    f.modality.as_str(),
                    &dates.join(";"),
                    &places.join(";"),
                    &f.cameo,
                    &f.plover,
                    &f.evidence.len().to_string(),
                    sentence,
                ],
            )?;
        }
        Ok(())
    }

    /// Writes GraphML (networkx `read_graphml`, Gephi, yEd).
    pub fn write_graphml<W: Write>(&self, mut out: W) -> io::Result<()> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
        )?;
        for (id, on, name) in [
            ("name", "node", "name"),
            ("kind", "node", "kind"),
            ("relation", "edge", "relation"),
            ("object", "edge", "object"),
            ("modality", "edge", "modality"),
            ("dates", "edge", "dates"),
            ("cameo", "edge", "cameo"),
            ("plover", "edge", "plover"),
            ("sentence", "edge", "sentence"),
        ] {
            writeln!(
                out,
                r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="string"/>"#
            )?;
        }
        writeln!(
            out,
            r#"  <key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>"#
        )?;
        writeln!(out, r#"  <graph id="diplograph" edgedefault="directed">"#)?;
        for e in self.entities() {
            writeln!(
                out,
                r#"    <node id="{}"><data key="name">{}</data><data key="kind">{}</data></node>"#,
                xml(e.id.as_str()),
                xml(&e.name),
                e.kind
            )?;
        }
        if self.has_unary() {
            writeln!(
                out,
                r#"    <node id="{UNSPECIFIED_ID}"><data key="name">(unspecified)</data><data key="kind">unspecified</data></node>"#
            )?;
        }
        for f in self.facts() {
            let dates: Vec<String> = f.dates.iter().map(|d| d.to_string()).collect();
            writeln!(
                out,
                r#"    <edge id="{}" source="{}" target="{}"><data key="relation">{}</data><data key="object">{}</data><data key="modality">{}</data><data key="dates">{}</data><data key="cameo">{}</data><data key="plover">{}</data><data key="evidence">{}</data><data key="sentence">{}</data></edge>"#,
                fact_id(f),
                xml(f.source.as_str()),
                xml(f.target.as_ref().map_or(UNSPECIFIED_ID, |t| t.as_str())),
                xml(f.kind.as_str()),
                xml(f.object.as_deref().unwrap_or("")),
                f.modality.as_str(),
                dates.join(";"),
                xml(&f.cameo),
                xml(&f.plover),
                f.evidence.len(),
                xml(f.evidence.iter().next().map_or("", |e| e.sentence.as_str()))
            )?;
        }
        writeln!(out, "  </graph>\n</graphml>")
    }

    /// Writes Graphviz DOT: entities coloured by kind, edges labelled with kind, object and
    /// any modality other than asserted (negated facts dashed).
    pub fn write_dot<W: Write>(&self, mut out: W) -> io::Result<()> {
        writeln!(out, "digraph diplograph {{")?;
        writeln!(
            out,
            "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];"
        )?;
        writeln!(
            out,
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];"
        )?;
        writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
        for e in self.entities() {
            writeln!(
                out,
                "  {} [label={}, fillcolor=\"{}\", tooltip={}];",
                dot_str(e.id.as_str()),
                dot_str(&e.name),
                kind_colour(e.kind),
                dot_str(e.kind.as_str())
            )?;
        }
        if self.has_unary() {
            writeln!(
                out,
                "  {} [label=\"?\", shape=circle, fillcolor=\"#eeeeee\"];",
                dot_str(UNSPECIFIED_ID)
            )?;
        }
        for f in self.facts() {
            let style = match f.modality {
                crate::Modality::Negated => "dashed",
                crate::Modality::Asserted => "solid",
                _ => "bold",
            };
            writeln!(
                out,
                "  {} -> {} [label={}, style={style}{}];",
                dot_str(f.source.as_str()),
                dot_str(f.target.as_ref().map_or(UNSPECIFIED_ID, |t| t.as_str())),
                dot_str(&edge_label(f)),
                if f.kind.is_symmetric() {
                    ", dir=both"
                } else {
                    ""
                }
            )?;
        }
        writeln!(out, "}}")
    }

    /// Writes N-Triples. Entities are `<urn:diplograph:entity:ID>`; each fact is a resource
    /// `<urn:diplograph:fact:HASH>` with its kind, source, target, object, modality, dates and
    /// evidence sentences, plus a direct triple `source —kind→ target`.
    pub fn write_ntriples<W: Write>(&self, mut out: W) -> io::Result<()> {
        const RDF_TYPE: &str = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
        const LABEL: &str = "<http://www.w3.org/2000/01/rdf-schema#label>";
        const XSD_DATE: &str = "<http://www.w3.org/2001/XMLSchema#date>";
        let vocab = |t: &str| format!("<urn:diplograph:vocab:{}>", iri_part(t));
        for e in self.entities() {
            let s = entity_iri(&e.id);
            let class = match e.kind {
                EntityKind::Person => "Person",
                EntityKind::Country => "Country",
                EntityKind::Organization => "Organization",
            };
            writeln!(out, "{s} {RDF_TYPE} {} .", vocab(class))?;
            writeln!(out, "{s} {LABEL} {} .", nt_literal(&e.name))?;
            if let Some(q) = &e.wikidata {
                writeln!(out, "{s} <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/{}> .", iri_part(q))?;
            }
        }
        for f in self.facts() {
            let s = format!("<urn:diplograph:fact:{}>", fact_id(f));
            writeln!(out, "{s} {RDF_TYPE} {} .", vocab("Fact"))?;
            writeln!(
                out,
                "{s} {} {} .",
                vocab("kind"),
                nt_literal(f.kind.as_str())
            )?;
            writeln!(out, "{s} {} {} .", vocab("source"), entity_iri(&f.source))?;
            if let Some(t) = &f.target {
                writeln!(out, "{s} {} {} .", vocab("target"), entity_iri(t))?;
                if f.modality != crate::Modality::Negated {
                    writeln!(
                        out,
                        "{} {} {} .",
                        entity_iri(&f.source),
                        vocab(f.kind.as_str()),
                        entity_iri(t)
                    )?;
                }
            }
            if let Some(o) = &f.object {
                writeln!(out, "{s} {} {} .", vocab("object"), nt_literal(o))?;
            }
            writeln!(
                out,
                "{s} {} {} .",
                vocab("modality"),
                nt_literal(f.modality.as_str())
            )?;
            writeln!(out, "{s} {} {} .", vocab("cameo"), nt_literal(&f.cameo))?;
            writeln!(out, "{s} {} {} .", vocab("plover"), nt_literal(&f.plover))?;
            for d in &f.dates {
                writeln!(out, "{s} {} \"{d}\"^^{XSD_DATE} .", vocab("date"))?;
            }
            for ev in &f.evidence {
                writeln!(
                    out,
                    "{s} {} {} .",
                    vocab("evidence"),
                    nt_literal(&ev.sentence)
                )?;
            }
        }
        Ok(())
    }
}
