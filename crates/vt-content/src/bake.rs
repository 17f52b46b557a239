//! Bakes the bundled pack into Rust: `baked.rs` is generated from `content/en-GB.json` by
//! the test below, so that [`bundled`](crate::bundled) builds the pack from static text
//! with no JSON parsing and no checks at run time. The test loads the JSON with every
//! check, regenerates the source and fails when the committed file differs:
//!
//! ```sh
//! UPDATE_BAKED=1 cargo test -p vt-content --lib bake
//! ```

use std::fmt::Write;

use crate::{ContentPack, PracticeKind};

const REGENERATE: &str = "UPDATE_BAKED=1 cargo test -p vt-content --lib bake";

/// Rust source that builds `pack`, as `baked.rs` holds it.
fn bake(pack: &ContentPack) -> String {
    let mut out = Source::default();
    out.line("//! The bundled pack, baked: built from static text, with no parsing or checks at");
    out.line("//! run time. Generated from `content/en-GB.json` by `bake.rs`; do not edit. The");
    out.line(&format!(
        "//! test that generates it fails when it is stale: `{REGENERATE}`."
    ));
    out.line("");
    out.line("use chrono::NaiveDate;");
    out.line("");
    out.line("use crate::id::Id;");
    out.line("use crate::{");
    out.line(
        "    About, Advice, Attribution, Burnout, ContentPack, Practice, PracticeKind, Review,",
    );
    out.line("    SchemaVersion, SelfCareAction, Sign, SignsRecognised, SupportRoute,");
    out.line("};");
    out.line("");
    for (name, date) in [
        ("LAST_REVIEWED", pack.review.last_reviewed),
        ("NEXT_REVIEW_DUE", pack.review.next_review_due),
    ] {
        out.line(&format!(
            "const {name}: NaiveDate = date(NaiveDate::from_ymd_opt({}));",
            date.format("%Y, %-m, %-d")
        ));
    }
    out.line("");
    out.line("/// A date checked when this file is compiled.");
    out.line("const fn date(date: Option<NaiveDate>) -> NaiveDate {");
    out.line("    match date {");
    out.line("        Some(date) => date,");
    out.line("        None => panic!(\"not a date\"),");
    out.line("    }");
    out.line("}");
    out.line("");
    out.line("fn t(text: &str) -> String {");
    out.line("    text.to_owned()");
    out.line("}");
    out.line("");
    out.line("/// The bundled pack.");
    out.open("pub(crate) fn pack() -> ContentPack {");
    out.open("ContentPack {");
    match &pack.schema_link {
        Some(link) => out.field("schema_link", &format!("Some(t({link:?}))")),
        None => out.field("schema_link", "None"),
    }
    let version = pack.schema_version;
    out.field(
        "schema_version",
        &format!(
            "SchemaVersion {{ major: {}, minor: {} }}",
            version.major, version.minor
        ),
    );
    out.field("id", &id(pack.id.as_str()));
    let content = &pack.version;
    if content.pre.is_empty() && content.build.is_empty() {
        out.field(
            "version",
            &format!(
                "semver::Version::new({}, {}, {})",
                content.major, content.minor, content.patch
            ),
        );
    } else {
        out.field(
            "version",
            &format!(
                "semver::Version::parse({:?}).expect(\"baked\")",
                content.to_string()
            ),
        );
    }
    out.field("locale", &text(&pack.locale));
    out.field("title", &text(&pack.title));
    out.texts("summary", &pack.summary);
    let attribution = &pack.attribution;
    out.open("attribution: Attribution {");
    out.field("source_title", &text(&attribution.source_title));
    out.field("source_name", &text(&attribution.source_name));
    out.field("publisher", &text(&attribution.publisher));
    out.field("adapted", &attribution.adapted.to_string());
    out.field("notice", &text(&attribution.notice));
    out.close("},");
    out.texts("disclaimer", &pack.disclaimer);
    out.open("review: Review {");
    out.field("last_reviewed", "LAST_REVIEWED");
    out.field("next_review_due", "NEXT_REVIEW_DUE");
    out.close("},");
    let about = &pack.about;
    out.open("about: About {");
    out.texts("definition", &about.definition);
    out.texts("also_known_as", &about.also_known_as);
    out.texts("how_it_happens", &about.how_it_happens);
    out.texts("who_can_be_affected", &about.who_can_be_affected);
    out.open("burnout: Burnout {");
    out.texts("differences", &about.burnout.differences);
    out.texts("overlap", &about.burnout.overlap);
    out.close("},");
    out.close("},");
    out.open("signs: vec![");
    for sign in &pack.signs {
        out.open("Sign {");
        out.field("id", &id(sign.id.as_str()));
        out.field("title", &text(&sign.title));
        out.texts("description", &sign.description);
        out.close("},");
    }
    out.close("],");
    out.open("self_care_actions: vec![");
    for action in &pack.self_care_actions {
        out.open("SelfCareAction {");
        out.field("id", &id(action.id.as_str()));
        out.field("title", &text(&action.title));
        out.texts("how", &action.how);
        out.close("},");
    }
    out.close("],");
    out.open("practices: vec![");
    for practice in &pack.practices {
        out.open("Practice {");
        out.field("id", &id(practice.id.as_str()));
        out.field("kind", kind(practice.kind));
        out.field("title", &text(&practice.title));
        out.texts("purpose", &practice.purpose);
        out.texts("how", &practice.how);
        out.texts("examples", &practice.examples);
        out.close("},");
    }
    out.close("],");
    out.open("support: vec![");
    for route in &pack.support {
        out.open("SupportRoute {");
        out.field("id", &id(route.id.as_str()));
        out.field("title", &text(&route.title));
        out.texts("description", &route.description);
        out.close("},");
    }
    out.close("],");
    let advice = &pack.advice;
    out.open("advice: Advice {");
    out.open("signs_recognised: SignsRecognised {");
    out.texts("message", &advice.signs_recognised.message);
    out.open("speak_to: vec![");
    for reference in &advice.signs_recognised.speak_to {
        out.line(&format!("{},", id(reference.as_str())));
    }
    out.close("],");
    out.close("},");
    out.texts("prevention", &advice.prevention);
    out.texts("self_care", &advice.self_care);
    out.texts("practices", &advice.practices);
    out.texts("recovery_and_burnout", &advice.recovery_and_burnout);
    out.close("},");
    out.close("}");
    out.close("}");
    out.text
}

fn text(text: &str) -> String {
    format!("t({text:?})")
}

fn id(text: &str) -> String {
    format!("Id::baked({text:?})")
}

fn kind(kind: PracticeKind) -> &'static str {
    match kind {
        PracticeKind::Ground => "PracticeKind::Ground",
        PracticeKind::Release => "PracticeKind::Release",
        PracticeKind::Recharge => "PracticeKind::Recharge",
    }
}

/// Rust source, indented by four spaces a level.
#[derive(Default)]
struct Source {
    text: String,
    depth: usize,
}

impl Source {
    fn line(&mut self, line: &str) {
        if line.is_empty() {
            self.text.push('\n');
        } else {
            let _ = writeln!(self.text, "{:width$}{line}", "", width = self.depth * 4);
        }
    }

    fn open(&mut self, line: &str) {
        self.line(line);
        self.depth += 1;
    }

    fn close(&mut self, line: &str) {
        self.depth -= 1;
        self.line(line);
    }

    fn field(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}: {value},"));
    }

    fn texts(&mut self, name: &str, texts: &[String]) {
        self.open(&format!("{name}: vec!["));
        for item in texts {
            self.line(&format!("{},", text(item)));
        }
        self.close("],");
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn the_baked_pack_is_the_bundled_json() {
        let loaded = ContentPack::from_json(crate::BUNDLED_JSON).expect("the bundled pack loads");
        assert_eq!(loaded.warnings, []);
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/baked.rs");
        let generated = bake(&loaded.pack);
        if std::env::var_os("UPDATE_BAKED").is_some() {
            std::fs::write(&path, &generated).expect("src/baked.rs is writable");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "src/baked.rs is not content/en-GB.json baked; regenerate it with:\n    {REGENERATE}"
        );
        assert_eq!(crate::baked::pack(), loaded.pack);
    }
}
