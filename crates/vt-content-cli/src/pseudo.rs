//! `vt-content pseudo --locale en-XA|ar-XB [--pack FILE]`: a pseudo-localised pack, to
//! test that a front end takes every text from the pack.

use std::path::PathBuf;

use clap::Args;
use vt_content::PseudoLocale;

use crate::args::PackArg;
use crate::{Failure, invalid_pack, load_to_rewrite, schema_link, spare_inputs, write_output};

/// The options of `pseudo`.
#[derive(Debug, Args)]
pub struct PseudoArgs {
    /// The pseudo-locale: `en-XA` (accented, longer, bracketed) or `ar-XB` (right to left).
    #[arg(long = "locale", value_name = "TAG", value_parser = ["en-XA", "ar-XB"], ignore_case = true)]
    pub pseudo_locale: String,
    /// The pack to pseudo-localise; the bundled pack when absent, `-` reads standard input.
    #[arg(long, value_name = "FILE")]
    pub pack: Option<PathBuf>,
    /// Write to this file instead of standard output (`-` is standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Writes the pseudo-localised pack as canonical JSON; a transformed text that breaks a
/// rule (a long text grown past the limit) is an error, one line per violation.
pub fn run(args: &PseudoArgs) -> Result<(), Failure> {
    let locale = PseudoLocale::from_tag(&args.pseudo_locale)
        .ok_or_else(|| Failure::usage("--locale is en-XA or ar-XB"))?;
    spare_inputs(args.output.as_deref(), [args.pack.as_deref()])?;
    let pack = load_to_rewrite(&PackArg {
        pack: args.pack.clone(),
        locale: None,
        catalog: None,
    })?;
    let mut pseudo = vt_content::pseudo(&pack, locale)
        .map_err(|error| invalid_pack(locale.tag(), &error))?
        .pack;
    let read_in = args.pack.as_deref().and_then(schema_link::folder_of);
    schema_link::rebase(&mut pseudo, read_in, args.output.as_deref());
    write_output(args.output.as_deref(), &pseudo.to_json())
}
