//! RFC 6901 JSON Pointers, the paths of violations.

/// The pointer to the member `token` of the value at `parent`.
///
/// `~` and `/` in the token are escaped as `~0` and `~1`, as RFC 6901 requires.
pub(crate) fn child(parent: &str, token: &str) -> String {
    let escaped = token.replace('~', "~0").replace('/', "~1");
    format!("{parent}/{escaped}")
}

#[cfg(test)]
mod tests {
    use super::child;

    #[test]
    fn escapes_tilde_and_slash() {
        assert_eq!(child("", "signs"), "/signs");
        assert_eq!(child("/signs", "0"), "/signs/0");
        assert_eq!(child("", "a/b~c"), "/a~1b~0c");
    }
}
