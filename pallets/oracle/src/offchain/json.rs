//! Reads one price out of a JSON answer, exactly: no floating point anywhere, so the price a
//! feeder submits is the decimal its source printed (truncated to `Price`'s 18 decimals).
//!
//! Only what a price source needs: walk a path of object keys and array indices to a value
//! and read it as a non-negative decimal, whether a JSON number (`97123.45`, `9.7e4`) or a
//! string holding one (`"97123.45"`, as Coinbase and Kraken answer). Hostile input is an
//! error, never a panic: nesting is limited, numbers are checked for overflow.

use ballast_primitives::Price;
use sp_arithmetic::FixedPointNumber;

/// Deepest nesting walked or skipped; deeper documents are refused.
const MAX_DEPTH: u32 = 32;

/// Why no price could be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JsonError {
	/// Not well-formed JSON where the walk went.
	Malformed,
	/// Nested deeper than [`MAX_DEPTH`].
	TooDeep,
	/// A key or index of the path is absent.
	NotFound,
	/// The value at the path is neither a number nor a string holding a decimal.
	NotANumber,
	/// A negative number: never a price.
	Negative,
	/// Larger than a `Price` can hold.
	TooLarge,
}

/// The price at `path` in `json`. Each path segment is an object key or, inside an array, a
/// decimal index; an empty path means the whole document.
pub fn price_at(json: &[u8], path: &[&str]) -> Result<Price, JsonError> {
	let mut cursor = Cursor { bytes: json, at: 0 };
	for segment in path {
		cursor.enter(segment)?;
	}
	cursor.skip_whitespace();
	match cursor.peek() {
		Some(b'"') => decimal(cursor.string()?),
		Some(b'-' | b'0'..=b'9') => decimal(cursor.number_text()),
		Some(_) => Err(JsonError::NotANumber),
		None => Err(JsonError::Malformed),
	}
}

struct Cursor<'a> {
	bytes: &'a [u8],
	at: usize,
}

impl<'a> Cursor<'a> {
	fn peek(&self) -> Option<u8> {
		self.bytes.get(self.at).copied()
	}

	fn next(&mut self) -> Option<u8> {
		let byte = self.peek()?;
		self.at = self.at.saturating_add(1);
		Some(byte)
	}

	fn skip_whitespace(&mut self) {
		while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
			self.at = self.at.saturating_add(1);
		}
	}

	fn expect(&mut self, byte: u8) -> Result<(), JsonError> {
		self.skip_whitespace();
		(self.next() == Some(byte)).then_some(()).ok_or(JsonError::Malformed)
	}

	/// Moves onto the value under `segment` of the object or array at the cursor.
	fn enter(&mut self, segment: &str) -> Result<(), JsonError> {
		self.skip_whitespace();
		match self.peek() {
			Some(b'{') => self.enter_member(segment.as_bytes()),
			Some(b'[') => self.enter_element(segment.parse().map_err(|_| JsonError::NotFound)?),
			_ => Err(JsonError::NotFound),
		}
	}

	fn enter_member(&mut self, key: &[u8]) -> Result<(), JsonError> {
		self.expect(b'{')?;
		self.skip_whitespace();
		if self.peek() == Some(b'}') {
			return Err(JsonError::NotFound);
		}
		loop {
			self.skip_whitespace();
			let found = self.string()? == key;
			self.expect(b':')?;
			if found {
				return Ok(());
			}
			self.skip_value(0)?;
			self.skip_whitespace();
			match self.next() {
				Some(b',') => continue,
				Some(b'}') => return Err(JsonError::NotFound),
				_ => return Err(JsonError::Malformed),
			}
		}
	}

	fn enter_element(&mut self, index: usize) -> Result<(), JsonError> {
		self.expect(b'[')?;
		self.skip_whitespace();
		if self.peek() == Some(b']') {
			return Err(JsonError::NotFound);
		}
		for _ in 0..index {
			self.skip_value(0)?;
			self.skip_whitespace();
			match self.next() {
				Some(b',') => continue,
				Some(b']') => return Err(JsonError::NotFound),
				_ => return Err(JsonError::Malformed),
			}
		}
		Ok(())
	}

	/// The raw bytes of the string at the cursor, escapes left as they are.
	fn string(&mut self) -> Result<&'a [u8], JsonError> {
		self.expect(b'"')?;
		let start = self.at;
		loop {
			match self.next().ok_or(JsonError::Malformed)? {
				b'"' => return Ok(&self.bytes[start..self.at.saturating_sub(1)]),
				b'\\' => {
					self.next().ok_or(JsonError::Malformed)?;
				},
				_ => {},
			}
		}
	}

	/// The bytes of the number at the cursor; [`decimal`] checks their form.
	fn number_text(&mut self) -> &'a [u8] {
		let start = self.at;
		while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
			self.at = self.at.saturating_add(1);
		}
		&self.bytes[start..self.at]
	}

	fn skip_value(&mut self, depth: u32) -> Result<(), JsonError> {
		if depth >= MAX_DEPTH {
			return Err(JsonError::TooDeep);
		}
		self.skip_whitespace();
		match self.peek().ok_or(JsonError::Malformed)? {
			b'"' => self.string().map(|_| ()),
			b'{' => self.skip_container(b'}', depth, true),
			b'[' => self.skip_container(b']', depth, false),
			b't' => self.literal(b"true"),
			b'f' => self.literal(b"false"),
			b'n' => self.literal(b"null"),
			b'-' | b'0'..=b'9' => match self.number_text() {
				[] => Err(JsonError::Malformed),
				_ => Ok(()),
			},
			_ => Err(JsonError::Malformed),
		}
	}

	fn skip_container(&mut self, close: u8, depth: u32, keyed: bool) -> Result<(), JsonError> {
		self.at = self.at.saturating_add(1);
		self.skip_whitespace();
		if self.peek() == Some(close) {
			self.at = self.at.saturating_add(1);
			return Ok(());
		}
		loop {
			if keyed {
				self.skip_whitespace();
				self.string()?;
				self.expect(b':')?;
			}
			self.skip_value(depth.saturating_add(1))?;
			self.skip_whitespace();
			match self.next() {
				Some(b',') => continue,
				Some(byte) if byte == close => return Ok(()),
				_ => return Err(JsonError::Malformed),
			}
		}
	}

	fn literal(&mut self, word: &[u8]) -> Result<(), JsonError> {
		let end = self.at.saturating_add(word.len());
		(self.bytes.get(self.at..end) == Some(word)).then_some(()).ok_or(JsonError::Malformed)?;
		self.at = end;
		Ok(())
	}
}

/// Reads `-?digits[.digits][(e|E)[+-]digits]` as a `Price`, exactly up to its 18 decimals;
/// digits beyond them are truncated.
pub fn decimal(text: &[u8]) -> Result<Price, JsonError> {
	let (negative, text) = match text.split_first() {
		Some((b'-', rest)) => (true, rest),
		_ => (false, text),
	};
	let (mantissa_text, exponent) = split_exponent(text)?;
	let (integer, fraction) = match mantissa_text.iter().position(|&b| b == b'.') {
		Some(dot) => (&mantissa_text[..dot], &mantissa_text[dot.saturating_add(1)..]),
		None => (mantissa_text, &[][..]),
	};
	let all_digits = |part: &[u8]| part.iter().all(u8::is_ascii_digit);
	if integer.is_empty() || !all_digits(integer) || !all_digits(fraction) {
		return Err(JsonError::NotANumber);
	}

	// mantissa × 10^(exponent − kept fraction digits), with fraction digits past u128 dropped.
	let mut mantissa: u128 = 0;
	for &digit in integer {
		mantissa = push_digit(mantissa, digit).ok_or(JsonError::TooLarge)?;
	}
	let mut kept_fraction: i32 = 0;
	for &digit in fraction {
		match push_digit(mantissa, digit) {
			Some(next) => {
				mantissa = next;
				kept_fraction = kept_fraction.saturating_add(1);
			},
			None => break,
		}
	}
	if negative && mantissa != 0 {
		return Err(JsonError::Negative);
	}
	let decimals = i32::try_from(Price::DIV.ilog10()).unwrap_or(18);
	let shift = exponent.saturating_sub(kept_fraction).saturating_add(decimals);
	let inner = if shift >= 0 {
		let factor = 10u128.checked_pow(shift.unsigned_abs()).ok_or(JsonError::TooLarge)?;
		mantissa.checked_mul(factor).ok_or(JsonError::TooLarge)?
	} else {
		// Dividing by more than 10^38 leaves nothing of any u128.
		10u128.checked_pow(shift.unsigned_abs()).map_or(0, |divisor| mantissa / divisor)
	};
	Ok(Price::from_inner(inner))
}

fn split_exponent(text: &[u8]) -> Result<(&[u8], i32), JsonError> {
	let Some(e) = text.iter().position(|&b| b == b'e' || b == b'E') else {
		return Ok((text, 0));
	};
	let (mantissa, exponent) = (&text[..e], &text[e.saturating_add(1)..]);
	let (sign, digits) = match exponent.split_first() {
		Some((b'-', rest)) => (-1i32, rest),
		Some((b'+', rest)) => (1, rest),
		_ => (1, exponent),
	};
	if digits.is_empty() || digits.len() > 4 || !digits.iter().all(u8::is_ascii_digit) {
		return Err(JsonError::NotANumber);
	}
	let magnitude = digits.iter().fold(0i32, |acc, &d| acc.saturating_mul(10).saturating_add(i32::from(d - b'0')));
	Ok((mantissa, sign.saturating_mul(magnitude)))
}

fn push_digit(value: u128, digit: u8) -> Option<u128> {
	value.checked_mul(10)?.checked_add(u128::from(digit.checked_sub(b'0')?))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn price(text: &str) -> Price {
		decimal(text.as_bytes()).unwrap()
	}

	#[test]
	fn decimals_are_read_exactly() {
		assert_eq!(price("97123.45"), Price::from_inner(97_123_450_000_000_000_000_000));
		assert_eq!(price("0.000001"), Price::from_inner(1_000_000_000_000));
		assert_eq!(price("42"), Price::from_inner(42 * Price::DIV));
		assert_eq!(price("9.7123e4"), price("97123"));
		assert_eq!(price("97123E-3"), price("97.123"));
		assert_eq!(price("1.0000000000000000009"), price("1"), "past 18 decimals is truncated");
		assert_eq!(price("-0"), Price::from_inner(0));
	}

	#[test]
	fn non_numbers_negative_and_huge_values_are_errors() {
		for (text, error) in [
			("", JsonError::NotANumber),
			(".5", JsonError::NotANumber),
			("1.2.3", JsonError::NotANumber),
			("1e", JsonError::NotANumber),
			("1e99999", JsonError::NotANumber),
			("abc", JsonError::NotANumber),
			("-3.5", JsonError::Negative),
			("1e30", JsonError::TooLarge),
			("999999999999999999999999999999999999999999", JsonError::TooLarge),
		] {
			assert_eq!(decimal(text.as_bytes()), Err(error), "{text}");
		}
		assert_eq!(price("1e-40"), Price::from_inner(0));
	}

	#[test]
	fn paths_walk_objects_and_arrays() {
		let json = br#"{"market":"BTC-USD","nested":{"a":[1,{"x":null}],"price":"97000.5"},
			"data":[{"price":1},{"price":2.25e3}],"price":97123.45,"ok":true}"#;
		assert_eq!(price_at(json, &["price"]), Ok(price("97123.45")));
		assert_eq!(price_at(json, &["nested", "price"]), Ok(price("97000.5")));
		assert_eq!(price_at(json, &["data", "1", "price"]), Ok(price("2250")));
		assert_eq!(price_at(b" 12.5 ", &[]), Ok(price("12.5")));
		assert_eq!(price_at(json, &["missing"]), Err(JsonError::NotFound));
		assert_eq!(price_at(json, &["data", "2"]), Err(JsonError::NotFound));
		assert_eq!(price_at(json, &["data", "x"]), Err(JsonError::NotFound));
		assert_eq!(price_at(json, &["ok"]), Err(JsonError::NotANumber));
		assert_eq!(price_at(json, &["market"]), Err(JsonError::NotANumber));
	}

	#[test]
	fn broken_and_hostile_documents_are_errors() {
		assert_eq!(price_at(br#"{"price":"#, &["price"]), Err(JsonError::Malformed));
		assert_eq!(price_at(br#"{"a":1 "price":2}"#, &["price"]), Err(JsonError::Malformed));
		assert_eq!(price_at(br#"{"a":"unterminated"#, &["price"]), Err(JsonError::Malformed));
		assert_eq!(price_at(b"<html>502</html>", &["price"]), Err(JsonError::NotFound));
		let deep = [&b"{\"a\":"[..], &b"[".repeat(10_000), &b"]".repeat(10_000), b",\"price\":1}"].concat();
		assert_eq!(price_at(&deep, &["price"]), Err(JsonError::TooDeep));
	}

	proptest::proptest! {
		#[test]
		fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..256)) {
			let _ = price_at(&bytes, &["price"]);
			let _ = price_at(&bytes, &["0", "a"]);
			let _ = decimal(&bytes);
		}

		#[test]
		fn printed_decimals_read_back(units in 0u64..u64::MAX, decimals in 0u32..18) {
			let divisor = 10u128.pow(decimals);
			let text = format!("{}.{:0width$}", u128::from(units) / divisor, u128::from(units) % divisor, width = decimals as usize);
			let text = if decimals == 0 { format!("{units}") } else { text };
			proptest::prop_assert_eq!(decimal(text.as_bytes()), Ok(Price::from_inner(u128::from(units) * 10u128.pow(18 - decimals))));
		}
	}
}
