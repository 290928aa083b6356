//! The `diplograph` command line: a thin layer over the library.
//!
//! Exit codes: 0 when every input was read; 1 when some input could not be read or parsed (the
//! others are still processed and written, each failure reported on stderr with file and line);
//! 2 for bad arguments.

mod bench;

use clap::{Parser, Subcommand, ValueEnum};
use diplograph::{first_date_in, Date, Document, Extractor, Gazetteer, KnowledgeGraph, Relation};
use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "diplograph",
    version,
    about = "Knowledge graphs of geopolitical actors from news text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the gazetteer as JSON Lines (or counts with --stats).
    Gazetteer {
        /// Print counts as JSON instead: by kind, people by decade of office and by source.
        #[arg(long)]
        stats: bool,
        /// Add entities from a user gazetteer file: JSON Lines, or a CAMEO actor dictionary
        /// (PETRARCH/Phoenix format; lines it cannot read are reported on stderr and skipped).
        #[arg(long, value_name = "FILE")]
        gazetteer: Vec<PathBuf>,
        /// Check the gazetteer and print any issues as JSON Lines (exit 1 if there are any).
        #[arg(long)]
        validate: bool,
    },
    /// Extract relations from text files, JSONL files, directories, or `-` (stdin).
    Extract {
        /// Inputs: .txt files (one document each), .jsonl files ({"id","date","title","text"} per
        /// line), directories of those, or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Date of text documents that do not carry one (YYYY-MM-DD).
        #[arg(long)]
        date: Option<Date>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Add entities from a user gazetteer file: JSON Lines, or a CAMEO actor dictionary
        /// (PETRARCH/Phoenix format; lines it cannot read are reported on stderr and skipped).
        #[arg(long, value_name = "FILE")]
        gazetteer: Vec<PathBuf>,
        /// Print documents, bytes, relations, time and MB/s to stderr.
        #[arg(long)]
        stats: bool,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Write to this file instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Also build the knowledge graph and write it as JSON to this file.
        #[arg(long, value_name = "FILE")]
        graph: Option<PathBuf>,
        /// Show a progress line on stderr (default: when stderr is a terminal).
        #[arg(long)]
        progress: bool,
        /// Do not parse sentences whose arguments the window rules miss (faster, fewer
        /// relations).
        #[arg(long)]
        no_parse: bool,
    },
    /// Measure throughput: the bare scan that bounds it (the limit), the library with one and
    /// two threads, and this command line's JSONL path, on the same text in one run.
    Bench {
        /// JSON Lines corpus files ({"id", "text", ...} per line); without them, the bundled
        /// sample article repeated.
        corpus: Vec<PathBuf>,
        /// Megabytes of text to read.
        #[arg(long, default_value_t = 20.0)]
        mb: f64,
        /// Runs per configuration (the median is reported).
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Ask a graph a question ("who pledged troops?").
    Query {
        /// A graph written by `extract --graph`.
        graph: PathBuf,
        /// The question.
        question: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = AnswerFormat::Text)]
        format: AnswerFormat,
        /// Also read names in the question with this user gazetteer file (JSON Lines), as
        /// given to `extract --gazetteer`.
        #[arg(long, value_name = "FILE")]
        gazetteer: Vec<PathBuf>,
    },
    /// Tag and parse text, measure the parser on a treebank, or train it.
    Syntax {
        #[command(subcommand)]
        command: SyntaxCommand,
    },
    /// Export a graph written by `extract --graph`.
    Export {
        /// The graph file.
        graph: PathBuf,
        /// The format.
        #[arg(long, value_enum)]
        format: ExportAs,
        /// Output file (for csv: a directory that receives nodes.csv and edges.csv).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum SyntaxCommand {
    /// Parse plain text (one document; sentences found as in extraction) and write CoNLL-U.
    Parse {
        /// A text file, or `-` (the default) for stdin.
        #[arg(default_value = "-")]
        file: PathBuf,
        /// A model file instead of the bundled one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
    },
    /// Tag and parse a CoNLL-U file's own words and print accuracy; the last line is JSON.
    Eval {
        /// The treebank (CoNLL-U).
        file: PathBuf,
        /// A model file instead of the bundled one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        /// Parse with the treebank's own tags instead of the tagger's (the parser alone).
        #[arg(long)]
        gold_tags: bool,
    },
    /// Train a model on a CoNLL-U treebank and write it.
    Train {
        /// The training treebanks (CoNLL-U), read in turn as one.
        #[arg(required = true)]
        train: Vec<PathBuf>,
        /// Where to write the model.
        #[arg(long, short)]
        output: PathBuf,
        /// A treebank to report accuracy on after training.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Passes over the data for the tagger.
        #[arg(long, default_value_t = 8)]
        tagger_iterations: usize,
        /// Passes over the data for the parser.
        #[arg(long, default_value_t = 15)]
        parser_iterations: usize,
        /// Folds for the parser's jackknifed training tags.
        #[arg(long, default_value_t = 4)]
        folds: usize,
        /// Drop averaged weights smaller than this from the saved model.
        #[arg(long, default_value_t = 1.0)]
        prune: f64,
        /// Learn only parser features seen at least this often in the gold parses.
        #[arg(long, default_value_t = 1)]
        min_feature_count: u32,
        /// Add a second tagger pass that sees the first pass's tags to the right.
        #[arg(long)]
        stacked: bool,
        /// Seed of the shuffling and exploration (training is deterministic for a seed).
        #[arg(long, default_value_t = 0x5eed)]
        seed: u64,
    },
}

fn syntax_model(path: &Option<PathBuf>) -> Result<diplograph::syntax::SyntaxModel> {
    Ok(match path {
        Some(p) => diplograph::syntax::SyntaxModel::from_file(p)?,
        None => diplograph::syntax::SyntaxModel::bundled().clone(),
    })
}

fn run_syntax(command: SyntaxCommand) -> Result<bool> {
    use diplograph::syntax::{conllu, evaluate, train};
    match command {
        SyntaxCommand::Parse { file, model } => {
            let model = syntax_model(&model)?;
            let bytes = if file.as_os_str() == "-" {
                let mut b = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut b)?;
                b
            } else {
                std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?
            };
            let text = String::from_utf8_lossy(&bytes);
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            for (k, sentence) in diplograph::text::sentences(&text).enumerate() {
                let parse = model.parse(sentence.text);
                if parse.is_empty() {
                    continue;
                }
                conllu::write(&mut out, &(k + 1).to_string(), sentence.text, &parse)?;
            }
            out.flush()?;
            Ok(true)
        }
        SyntaxCommand::Eval {
            file,
            model,
            gold_tags,
        } => {
            let model = syntax_model(&model)?;
            let sentences = conllu::read_file(&file)?;
            let e = if gold_tags {
                diplograph::syntax::evaluate_with_gold_tags(&model, &sentences)
            } else {
                evaluate(&model, &sentences)
            };
            println!(
                "{}: {} sentences, {} words: UPOS {:.2} %, UAS {:.2} %, LAS {:.2} %, {:.0} words/s",
                file.display(),
                e.sentences,
                e.tokens,
                100.0 * e.upos,
                100.0 * e.uas,
                100.0 * e.las,
                e.tokens_per_s
            );
            println!("{}", serde_json::to_string(&e)?);
            Ok(true)
        }
        SyntaxCommand::Train {
            train: train_path,
            output,
            dev,
            tagger_iterations,
            parser_iterations,
            folds,
            prune,
            min_feature_count,
            stacked,
            seed,
        } => {
            let mut sentences = Vec::new();
            for path in &train_path {
                sentences.extend(conllu::read_file(path)?);
            }
            let mut options = train::TrainOptions::default();
            options
                .tagger_iterations(tagger_iterations)
                .parser_iterations(parser_iterations)
                .folds(folds)
                .prune(prune)
                .min_feature_count(min_feature_count)
                .stacked(stacked)
                .seed(seed);
            let started = Instant::now();
            let (model, bytes) = train::train(&sentences, &options, &mut |line| {
                eprintln!("[{:>6.1} s] {line}", started.elapsed().as_secs_f64())
            })?;
            std::fs::write(&output, &bytes).map_err(|e| format!("{}: {e}", output.display()))?;
            eprintln!("wrote {} ({} bytes)", output.display(), bytes.len());
            if let Some(dev) = dev {
                let e = evaluate(&model, &conllu::read_file(&dev)?);
                println!("{}", serde_json::to_string(&e)?);
            }
            Ok(true)
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum AnswerFormat {
    /// Human-readable answers with evidence.
    Text,
    /// JSON.
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExportAs {
    /// JSON Lines relation records.
    Jsonl,
    /// The graph as JSON.
    Json,
    /// GraphML.
    Graphml,
    /// Graphviz DOT.
    Dot,
    /// Neo4j import CSV (nodes.csv, edges.csv).
    Csv,
    /// N-Triples.
    Ntriples,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// One relation per line.
    Jsonl,
    /// One JSON array.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("diplograph: {e}");
            ExitCode::from(1)
        }
    }
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn gazetteer_with(files: &[PathBuf]) -> Result<std::sync::Arc<Gazetteer>> {
    if files.is_empty() {
        return Ok(Gazetteer::bundled());
    }
    let mut b = Gazetteer::builder();
    b.with_bundled();
    for f in files {
        for skipped in b.load_file(f)? {
            eprintln!("diplograph: warning: {skipped} (line skipped)");
        }
    }
    Ok(std::sync::Arc::new(b.build()))
}

fn run(cli: Cli) -> Result<bool> {
    match cli.command {
        Command::Syntax { command } => run_syntax(command),
        Command::Bench { corpus, mb, runs } => {
            if !(mb > 0.0 && mb.is_finite()) {
                return Err(
                    format!("--mb must be a positive number of megabytes, not {mb}").into(),
                );
            }
            let corpus = bench::Corpus::load(&corpus, (mb * 1e6) as usize)?;
            bench::run(Extractor::bundled(), &corpus, runs)
        }
        Command::Gazetteer {
            stats,
            gazetteer,
            validate,
        } => {
            let g = gazetteer_with(&gazetteer)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            if validate {
                let issues = g.validate();
                for i in &issues {
                    serde_json::to_writer(&mut out, i)?;
                    writeln!(out)?;
                }
                out.flush()?;
                return Ok(issues.is_empty());
            }
            if stats {
                serde_json::to_writer_pretty(&mut out, &g.stats())?;
                writeln!(out)?;
            } else {
                g.write_jsonl(&mut out)?;
            }
            out.flush()?;
            Ok(true)
        }
        Command::Extract {
            paths,
            date,
            format,
            gazetteer,
            stats,
            threads,
            output,
            graph,
            progress,
            no_parse,
        } => {
            if let Some(n) = threads {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()?;
            }
            let custom;
            let extractor: &Extractor = if gazetteer.is_empty() && !no_parse {
                Extractor::bundled()
            } else {
                custom = Extractor::builder()
                    .gazetteer(gazetteer_with(&gazetteer)?)
                    .parse_sentences(!no_parse)
                    .build()?;
                &custom
            };
            let sink: Box<dyn Write> = match &output {
                Some(p) => Box::new(
                    std::fs::File::create(p)
                        .map_err(|e| format!("{}: cannot create: {e}", p.display()))?,
                ),
                None => Box::new(std::io::stdout().lock()),
            };
            let mut writer = RelationWriter::new(BufWriter::new(sink), format);
            writer.graph = graph.as_ref().map(|_| KnowledgeGraph::new());
            writer.progress = progress || std::io::IsTerminal::is_terminal(&std::io::stderr());
            let started = Instant::now();
            let mut totals = Totals::default();
            let mut ok = true;
            for path in &paths {
                ok &= extract_path(extractor, path, date, &mut writer, &mut totals)?;
            }
            let kg = writer.finish()?;
            if let (Some(path), Some(kg)) = (&graph, kg) {
                let file = std::fs::File::create(path)
                    .map_err(|e| format!("{}: cannot create: {e}", path.display()))?;
                let mut w = BufWriter::new(file);
                kg.write_json(&mut w)?;
                w.flush()?;
            }
            if stats {
                let secs = started.elapsed().as_secs_f64();
                eprintln!(
                    "{{\"documents\": {}, \"bytes\": {}, \"relations\": {}, \"seconds\": {:.3}, \"mb_per_s\": {:.1}}}",
                    totals.documents,
                    totals.bytes,
                    totals.relations,
                    secs,
                    totals.bytes as f64 / 1e6 / secs.max(1e-9)
                );
            }
            Ok(ok)
        }
        Command::Query {
            graph,
            question,
            format,
            gazetteer,
        } => {
            let mut kg = read_graph(&graph)?;
            if !gazetteer.is_empty() {
                kg = kg.with_gazetteer(gazetteer_with(&gazetteer)?);
            }
            let answers = kg.ask(&question)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            match format {
                AnswerFormat::Json => serde_json::to_writer_pretty(&mut out, &answers)?,
                AnswerFormat::Text => {
                    writeln!(out, "Q: {question}  ({})", answers.understood)?;
                    if answers.answers.is_empty() && answers.ranking.is_empty() {
                        writeln!(out, "No answer in the graph.")?;
                    }
                    for r in &answers.ranking {
                        writeln!(out, "- {}: {}", r.entity.name, r.count)?;
                    }
                    for a in &answers.answers {
                        let f = a.fact;
                        write!(out, "- {} {}", a.source.name, f.kind)?;
                        if let Some(o) = &f.object {
                            write!(out, " {o}")?;
                        }
                        if let Some(t) = &a.target {
                            write!(
                                out,
                                " {} {}",
                                if f.kind.is_symmetric() { "with" } else { "→" },
                                t.name
                            )?;
                        }
                        write!(out, "  [{}", f.modality.as_str())?;
                        if let Some(d) = f.first_date() {
                            write!(out, ", {d}")?;
                        }
                        writeln!(out, "]")?;
                        for ev in f.evidence.iter().take(3) {
                            writeln!(out, "    {}: \"{}\"", ev.doc, ev.sentence)?;
                        }
                        if f.evidence.len() > 3 {
                            writeln!(out, "    … and {} more", f.evidence.len() - 3)?;
                        }
                    }
                }
            }
            writeln!(out)?;
            out.flush()?;
            Ok(true)
        }
        Command::Export {
            graph,
            format,
            output,
        } => {
            let kg = read_graph(&graph)?;
            if format == ExportAs::Csv {
                let dir = output.unwrap_or_else(|| PathBuf::from("."));
                std::fs::create_dir_all(&dir)
                    .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
                let create = |name: &str| -> Result<BufWriter<std::fs::File>> {
                    let p = dir.join(name);
                    Ok(BufWriter::new(std::fs::File::create(&p).map_err(|e| {
                        format!("{}: cannot create: {e}", p.display())
                    })?))
                };
                let (mut n, mut e) = (create("nodes.csv")?, create("edges.csv")?);
                kg.write_csv(&mut n, &mut e)?;
                n.flush()?;
                e.flush()?;
                return Ok(true);
            }
            let sink: Box<dyn Write> = match &output {
                Some(p) => Box::new(
                    std::fs::File::create(p)
                        .map_err(|e| format!("{}: cannot create: {e}", p.display()))?,
                ),
                None => Box::new(std::io::stdout().lock()),
            };
            let mut out = BufWriter::new(sink);
            match format {
                ExportAs::Jsonl => kg.write_jsonl(&mut out)?,
                ExportAs::Json => kg.write_json(&mut out)?,
                ExportAs::Graphml => kg.write_graphml(&mut out)?,
                ExportAs::Dot => kg.write_dot(&mut out)?,
                ExportAs::Ntriples => kg.write_ntriples(&mut out)?,
                ExportAs::Csv => unreachable!("handled above"),
            }
            out.flush()?;
            Ok(true)
        }
    }
}

fn read_graph(path: &Path) -> Result<KnowledgeGraph> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    serde_json::from_reader(std::io::BufReader::new(file))
        .map_err(|e| format!("{}: not a diplograph graph: {e}", path.display()).into())
}

#[derive(Default)]
struct Totals {
    documents: usize,
    bytes: usize,
    relations: usize,
}

struct RelationWriter<W: Write> {
    out: W,
    format: Format,
    first: bool,
    graph: Option<KnowledgeGraph>,
    progress: bool,
    documents: usize,
}

impl<W: Write> RelationWriter<W> {
    fn new(out: W, format: Format) -> Self {
        RelationWriter {
            out,
            format,
            first: true,
            graph: None,
            progress: false,
            documents: 0,
        }
    }

    fn write(&mut self, r: &Relation) -> Result<()> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, r)?;
                self.out.write_all(b"\n")?;
            }
            Format::Json => {
                self.out
                    .write_all(if self.first { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut self.out, r)?;
            }
        }
        self.first = false;
        Ok(())
    }

    fn finish(mut self) -> Result<Option<KnowledgeGraph>> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        if self.progress {
            eprintln!();
        }
        Ok(self.graph)
    }
}

/// Documents read before a batch is extracted: a batch ends at this many lines or at
/// `BATCH_BYTES` of them, whichever comes first, so that memory follows the batch and never
/// the input.
const BATCH: usize = 256;
const BATCH_BYTES: usize = 4 << 20;
/// A line this long is a document of its own, its relations written as they are found
/// instead of collected: a document of millions of relations is no reason to hold them all.
const LARGE_DOCUMENT: usize = 1 << 20;

/// Extracts one document, writing each relation as its sentence is read.
fn stream_document<W: Write>(
    extractor: &Extractor,
    doc: &Document,
    writer: &mut RelationWriter<W>,
    totals: &mut Totals,
) -> Result<()> {
    record(doc, extractor.relations(doc), writer, totals)?;
    report_progress(writer, totals);
    Ok(())
}

/// The document of a JSONL line, dated `date` when the line carries no date of its own.
fn document_of_line(
    line: &str,
    date: Option<Date>,
) -> std::result::Result<Document, diplograph::DocumentError> {
    Document::from_json_line(line).map(|mut doc| {
        if doc.date.is_none() {
            doc.date = date;
        }
        doc
    })
}

/// A document and its relations, or why its line is no document.
type Extracted = std::result::Result<(Document, Vec<Relation>), String>;

/// JSONL lines (with their line numbers) parsed and extracted in parallel, written in input
/// order; a line that is no document is reported by file and line, and the others go on.
/// Parsing is about a twentieth of the work: left on the reading thread, it would cap what a
/// second thread gains.
fn flush_lines<W: Write>(
    extractor: &Extractor,
    name: &Path,
    date: Option<Date>,
    lines: &mut Vec<(usize, String)>,
    writer: &mut RelationWriter<W>,
    totals: &mut Totals,
) -> Result<bool> {
    use rayon::prelude::*;
    let results: Vec<(usize, Extracted)> = lines
        .par_drain(..)
        .map(|(line_no, line)| {
            let extracted = document_of_line(&line, date)
                .map(|doc| {
                    let rels = extractor.extract(&doc);
                    (doc, rels)
                })
                .map_err(|e| e.to_string());
            (line_no, extracted)
        })
        .collect();
    let mut ok = true;
    for (line_no, extracted) in results {
        match extracted {
            Ok((doc, rels)) => record(&doc, rels, writer, totals)?,
            Err(e) => {
                eprintln!("diplograph: {}:{line_no}: {e}", name.display());
                ok = false;
            }
        }
    }
    report_progress(writer, totals);
    Ok(ok)
}

/// Counts `doc` and writes its relations, as they come, to the output and the graph.
fn record<W: Write>(
    doc: &Document,
    rels: impl IntoIterator<Item = Relation>,
    writer: &mut RelationWriter<W>,
    totals: &mut Totals,
) -> Result<()> {
    totals.documents += 1;
    totals.bytes += doc.text.len();
    for r in rels {
        totals.relations += 1;
        writer.write(&r)?;
        if let Some(g) = &mut writer.graph {
            g.add(r);
        }
    }
    Ok(())
}

fn report_progress<W: Write>(writer: &mut RelationWriter<W>, totals: &Totals) {
    writer.documents = totals.documents;
    if writer.progress {
        eprint!(
            "\r{} documents, {:.1} MB, {} relations",
            totals.documents,
            totals.bytes as f64 / 1e6,
            totals.relations
        );
    }
}

fn extract_path<W: Write>(
    extractor: &Extractor,
    path: &Path,
    date: Option<Date>,
    writer: &mut RelationWriter<W>,
    totals: &mut Totals,
) -> Result<bool> {
    if path.as_os_str() == "-" {
        let stdin = std::io::stdin();
        return extract_stream(
            extractor,
            Path::new("<stdin>"),
            stdin.lock(),
            date,
            writer,
            totals,
        );
    }
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("diplograph: {}: cannot read: {e}", path.display());
            return Ok(false);
        }
    };
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                eprintln!("diplograph: {}: cannot read directory: {e}", path.display());
                return Ok(false);
            }
        };
        entries.sort();
        let mut ok = true;
        for p in entries {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if p.is_dir() || matches!(ext, "txt" | "jsonl" | "ndjson") {
                ok &= extract_path(extractor, &p, date, writer, totals)?;
            }
        }
        return Ok(ok);
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if matches!(ext, "jsonl" | "ndjson") {
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("diplograph: {}: cannot read: {e}", path.display());
                return Ok(false);
            }
        };
        return extract_stream(
            extractor,
            path,
            std::io::BufReader::new(file),
            date,
            writer,
            totals,
        );
    }
    match Document::from_text_file(path) {
        Ok((mut doc, lossy)) => {
            if lossy {
                eprintln!(
                    "diplograph: {}: invalid UTF-8 replaced by U+FFFD",
                    path.display()
                );
            }
            doc.date = date.or_else(|| first_date_in(&doc.text));
            stream_document(extractor, &doc, writer, totals)?;
            Ok(true)
        }
        Err(e) => {
            eprintln!("diplograph: {e}");
            Ok(false)
        }
    }
}

/// JSON Lines documents from a reader, extracted in parallel batches and written in order.
/// A text stream (first character not `{`) is one document.
fn extract_stream<R: BufRead, W: Write>(
    extractor: &Extractor,
    name: &Path,
    mut reader: R,
    date: Option<Date>,
    writer: &mut RelationWriter<W>,
    totals: &mut Totals,
) -> Result<bool> {
    let mut ok = true;
    let mut lines = Vec::with_capacity(BATCH);
    let mut batch_bytes = 0;
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        let n = match reader.read_until(b'\n', &mut buf) {
            Ok(n) => n,
            Err(e) => {
                eprintln!(
                    "diplograph: {}:{}: cannot read: {e}",
                    name.display(),
                    line_no + 1
                );
                ok = false;
                break;
            }
        };
        if n == 0 {
            break;
        }
        line_no += 1;
        // valid UTF-8 (nearly every line) is checked by the fast validator and borrowed;
        // only a line with bad bytes pays for the lossy conversion
        let line = match std::str::from_utf8(&buf) {
            Ok(valid) => std::borrow::Cow::Borrowed(valid),
            Err(_) => String::from_utf8_lossy(&buf),
        };
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if line_no == 1 && !trimmed.starts_with('{') {
            // plain text on stdin: the whole stream is one document
            let mut text = line.into_owned();
            let mut rest = String::new();
            if let Err(e) = reader.read_to_string(&mut rest) {
                eprintln!("diplograph: {}: cannot read: {e}", name.display());
                ok = false;
            }
            text.push_str(&rest);
            let id = name.file_stem().map_or("stdin".into(), |s| {
                s.to_string_lossy().trim_matches(['<', '>']).to_string()
            });
            let mut doc = Document::new(id, text);
            doc.date = date.or_else(|| first_date_in(&doc.text));
            stream_document(extractor, &doc, writer, totals)?;
            break;
        }
        if trimmed.len() >= LARGE_DOCUMENT {
            // the lines before it are written first: output stays in input order
            ok &= flush_lines(extractor, name, date, &mut lines, writer, totals)?;
            batch_bytes = 0;
            match document_of_line(trimmed, date) {
                Ok(doc) => stream_document(extractor, &doc, writer, totals)?,
                Err(e) => {
                    eprintln!("diplograph: {}:{line_no}: {e}", name.display());
                    ok = false;
                }
            }
            continue;
        }
        batch_bytes += trimmed.len();
        lines.push((line_no, trimmed.to_owned()));
        if lines.len() == BATCH || batch_bytes >= BATCH_BYTES {
            ok &= flush_lines(extractor, name, date, &mut lines, writer, totals)?;
            batch_bytes = 0;
        }
    }
    ok &= flush_lines(extractor, name, date, &mut lines, writer, totals)?;
    Ok(ok)
}
