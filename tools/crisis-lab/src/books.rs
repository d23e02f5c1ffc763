//! The calibrated books of `books/`, compiled in: each a settings file (book and venue) with its
//! sources in comments. `--book NAME` picks one, `--book path.toml` reads another.

use crate::config::Config;
use std::path::Path;

/// Every book of `books/`, by name.
pub const BOOKS: [(&str, &str); 3] = [
	("hyperliquid-2025", include_str!("../books/hyperliquid-2025.toml")),
	("bitmex-2019", include_str!("../books/bitmex-2019.toml")),
	("drift-2024", include_str!("../books/drift-2024.toml")),
];

/// The book `name` (one of [`BOOKS`], or a file), under the user's settings `overrides`.
pub fn config(name: &str, overrides: Option<&Path>) -> Result<Config, String> {
	let (label, text) = match BOOKS.iter().find(|(book, _)| *book == name) {
		Some((book, text)) => (format!("books/{book}.toml"), text.to_string()),
		None => (name.to_string(), std::fs::read_to_string(name).map_err(|e| format!("--book {name}: not one of {} and not a readable file: {e}", names()))?),
	};
	let user = overrides.map(|path| std::fs::read_to_string(path).map(|text| (path.display().to_string(), text)).map_err(|e| format!("{}: {e}", path.display()))).transpose()?;
	let mut layers = vec![(label.as_str(), text.as_str())];
	if let Some((name, text)) = &user {
		layers.push((name.as_str(), text.as_str()));
	}
	Config::parse_layers(&layers)
}

pub fn names() -> String {
	BOOKS.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_book_is_valid_and_named_as_its_file() {
		for (name, _) in BOOKS {
			let config = config(name, None).unwrap_or_else(|e| panic!("{e}"));
			assert_eq!(config.book.name, name);
			assert!(config.venue.fund_share_of_oi.is_some() && !config.book.buckets.is_empty(), "{name} is calibrated");
		}
		assert!(config("nowhere", None).unwrap_err().contains("hyperliquid-2025"));
	}
}
