// Written here, beside the generated VtContent.swift.
//
// An error's text is its `summary`: the library's one line, with every value it quotes
// escaped and shortened, so that an id a reader sent cannot forge a line in a log. uniffi
// makes an error's `localizedDescription` `String(reflecting:)`, which reads `description`
// once the error is `CustomStringConvertible`: without it, every field written out, raw.
// The summary is read in Swift, with no call into the library, so an error built by hand
// (in a test or a preview) has a text too.

extension ContentError: CustomStringConvertible {
    /// The error's `summary`: what is wrong, in one line.
    public var description: String {
        switch self {
        case let .Validation(summary, _): return summary
        case let .UnsupportedSchemaVersion(summary, _, _, _): return summary
        case let .Syntax(summary, _, _, _, _, _): return summary
        case let .UnknownSign(summary, _): return summary
        case let .InvalidArgument(summary, _, _): return summary
        case let .Version(summary, _): return summary
        case let .Io(summary, _): return summary
        }
    }
}

extension CatalogError: CustomStringConvertible {
    /// The error's `summary`: a line of counts and a line for each of the first 20
    /// problems, or why the directory could not be read.
    public var description: String {
        switch self {
        case let .Invalid(summary, _, _): return summary
        case let .Io(summary, _): return summary
        }
    }
}
