//! The fingerprint the tests keep in place of a text: of the source page's runs of words
//! (`tests/bundled.rs`), and of each released pack (`tests/released.rs`).

use std::hash::Hasher;

/// SipHash-1-3 of `text`'s bytes, with the keys 0 and 0.
pub fn fingerprint(text: &str) -> u64 {
    let mut hasher = siphasher::sip::SipHasher13::new();
    hasher.write(text.as_bytes());
    hasher.finish()
}
