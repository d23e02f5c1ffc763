//! Price series from CSV files in the layouts of `shared/data/prices/` (see its SOURCES.md).
//!
//! A layout is recognised by its header: the time column is the first of `unix` (seconds or
//! milliseconds), `open_time` (milliseconds), `minute_utc` / `hour_utc` (ISO 8601, `Z`) or
//! `date` (`YYYY-MM-DD HH:MM:SS`, UTC) that is present, and prices come from `open`, `high`,
//! `low` and `close`. Anything else is an error that names the file.

use std::path::Path;

/// One OHLC bar starting at `start` (Unix seconds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
	pub start: i64,
	pub open: f64,
	pub high: f64,
	pub low: f64,
	pub close: f64,
}

/// A market's bars in ascending time, with where they came from.
#[derive(Clone, Debug)]
pub struct Series {
	/// The file, or `synthetic(seed)` for a generated path.
	pub source: String,
	/// True for generated paths, which every response labels as such.
	pub synthetic: bool,
	/// Seconds one bar covers (the smallest gap between bars).
	pub bar_seconds: i64,
	pub bars: Vec<Bar>,
}

/// How the time column of a layout is written.
#[derive(Clone, Copy, Debug, PartialEq)]
enum TimeFormat {
	/// Unix time in seconds (possibly fractional) or milliseconds, told apart by magnitude.
	Unix,
	/// Unix time in milliseconds.
	UnixMillis,
	/// `2025-10-10T00:00:00Z`.
	Iso,
	/// `2022-11-04 03:00:00`.
	DateTime,
}

const TIME_COLUMNS: [(&str, TimeFormat); 5] = [
	("unix", TimeFormat::Unix),
	("open_time", TimeFormat::UnixMillis),
	("minute_utc", TimeFormat::Iso),
	("hour_utc", TimeFormat::Iso),
	("date", TimeFormat::DateTime),
];

/// Reads a series from a CSV file.
pub fn load(path: &Path) -> Result<Series, String> {
	let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
	parse(&text, &path.display().to_string())
}

/// Parses CSV `text` (the `csv` crate: quoting, blank lines, surrounding spaces); `source` names
/// it in errors and responses.
pub fn parse(text: &str, source: &str) -> Result<Series, String> {
	let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).flexible(true).from_reader(text.as_bytes());
	let header: Vec<String> = reader.headers().map_err(|e| format!("{source}: {e}"))?.iter().map(str::to_string).collect();
	if header.iter().all(String::is_empty) {
		return Err(format!("{source}: empty file"));
	}
	let column = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
	let (time_index, format) = TIME_COLUMNS
		.iter()
		.find_map(|(name, format)| column(name).map(|i| (i, *format)))
		.ok_or_else(|| unknown_layout(source, &header))?;
	let price_columns = ["open", "high", "low", "close"].map(column);
	let [Some(open), Some(high), Some(low), Some(close)] = price_columns else {
		return Err(unknown_layout(source, &header));
	};

	let mut bars = Vec::new();
	for record in reader.records() {
		let record = record.map_err(|e| format!("{source}: {e}"))?;
		let row = record.position().map_or(0, csv::Position::line);
		let field = |i: usize| record.get(i).ok_or_else(|| format!("{source}:{row}: too few columns"));
		let price = |i: usize| -> Result<f64, String> {
			let text = field(i)?;
			let value: f64 = text.parse().map_err(|e| format!("{source}:{row}: price {text:?}: {e}"))?;
			if value.is_finite() && value > 0.0 { Ok(value) } else { Err(format!("{source}:{row}: price {value} is not positive")) }
		};
		let start = parse_time(field(time_index)?, format).map_err(|e| format!("{source}:{row}: {e}"))?;
		bars.push(Bar { start, open: price(open)?, high: price(high)?, low: price(low)?, close: price(close)? });
	}
	if bars.is_empty() {
		return Err(format!("{source}: no rows"));
	}
	if bars.windows(2).any(|w| w[1].start <= w[0].start) {
		return Err(format!("{source}: rows are not in ascending time order"));
	}
	let bar_seconds = bars.windows(2).map(|w| w[1].start - w[0].start).min().unwrap_or(60);
	Ok(Series { source: source.to_string(), synthetic: false, bar_seconds, bars })
}

fn unknown_layout(source: &str, header: &[String]) -> String {
	format!(
		"{source}: unknown CSV layout (header `{}`): expected a time column (unix, open_time, \
		 minute_utc, hour_utc or date) and open, high, low, close",
		header.join(",")
	)
}

fn parse_time(text: &str, format: TimeFormat) -> Result<i64, String> {
	let number = || text.parse::<f64>().map_err(|e| format!("time {text:?}: {e}"));
	match format {
		// Seconds until the year 33658; anything larger is milliseconds.
		TimeFormat::Unix => number().map(|t| if t > 1e12 { (t / 1000.0) as i64 } else { t as i64 }),
		TimeFormat::UnixMillis => number().map(|t| (t / 1000.0) as i64),
		TimeFormat::Iso => parse_date_time(text.trim_end_matches('Z'), 'T'),
		TimeFormat::DateTime => parse_date_time(text, ' '),
	}
}

/// `YYYY-MM-DD<sep>HH:MM:SS` in UTC to Unix seconds.
pub fn parse_date_time(text: &str, separator: char) -> Result<i64, String> {
	let format = format!("%Y-%m-%d{separator}%H:%M:%S");
	chrono::NaiveDateTime::parse_from_str(text, &format)
		.map(|time| time.and_utc().timestamp())
		.map_err(|_| format!("time {text:?} is not YYYY-MM-DD{separator}HH:MM:SS"))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn dates_convert_to_unix_seconds() {
		assert_eq!(parse_date_time("1970-01-01 00:00:00", ' '), Ok(0));
		assert_eq!(parse_date_time("2020-03-10T00:00:00", 'T'), Ok(1_583_798_400));
		assert_eq!(parse_date_time("2022-11-04 03:00:00", ' '), Ok(1_667_530_800));
		assert!(parse_date_time("2022-13-04 03:00:00", ' ').is_err());
		assert!(parse_date_time("yesterday", ' ').is_err());
	}

	#[test]
	fn every_documented_layout_parses() {
		let layouts = [
			"unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount\n1583798400.0,2020-03-10 12-AM,BTC/USDT,7929.87,7950.21,7894.72,7937.3,1,1,NULL\n1583802000.0,x,BTC/USDT,7937.3,7969.87,7892.18,7905.52,1,1,NULL",
			"unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount\n1583798400000,2021-05-17 00:00:00,BTC/USDT,7929.87,7950.21,7894.72,7937.3,1,1,9\n1583802000000,x,BTC/USDT,7937.3,7969.87,7892.18,7905.52,1,1,9",
			"open_time,open,high,low,close,volume\n1583798400000,7929.87,7950.21,7894.72,7937.3,1\n1583802000000,7937.3,7969.87,7892.18,7905.52,1",
			"date,open,high,low,close,volume,ticker\n2020-03-10 00:00:00,7929.87,7950.21,7894.72,7937.3,1,BTCUSDT\n2020-03-10 01:00:00,7937.3,7969.87,7892.18,7905.52,1,BTCUSDT",
			"hour_utc,open,high,low,close,vwap,volume,n_trades\n2020-03-10T00:00:00Z,7929.87,7950.21,7894.72,7937.3,1,1,1\n2020-03-10T01:00:00Z,7937.3,7969.87,7892.18,7905.52,1,1,1",
		];
		for csv in layouts {
			let series = parse(csv, "sample").unwrap_or_else(|e| panic!("{e}"));
			assert_eq!(series.bars.len(), 2);
			assert_eq!(series.bars[0].start, 1_583_798_400, "{csv}");
			assert_eq!(series.bar_seconds, 3_600);
			assert_eq!(series.bars[1].close, 7905.52);
		}
	}

	#[test]
	fn an_unknown_layout_is_an_error_naming_the_file() {
		let error = parse("timestamp,price\n1,2", "weird.csv").unwrap_err();
		assert!(error.starts_with("weird.csv: unknown CSV layout"), "{error}");
		let error = parse("minute_utc,close\n2025-10-10T00:00:00Z,1", "no-ohlc.csv").unwrap_err();
		assert!(error.contains("no-ohlc.csv"), "{error}");
	}

	#[test]
	fn bad_rows_are_errors_with_their_line() {
		let header = "date,open,high,low,close\n";
		assert!(parse(&format!("{header}2022-11-04 03:00:00,1,1,0,1"), "f").unwrap_err().contains("f:2"));
		assert!(parse(&format!("{header}2022-11-04 03:00:00,1,1"), "f").unwrap_err().contains("too few"));
		let unordered = format!("{header}2022-11-04 04:00:00,1,1,1,1\n2022-11-04 03:00:00,1,1,1,1");
		assert!(parse(&unordered, "f").unwrap_err().contains("ascending"));
		assert!(parse(header, "f").unwrap_err().contains("no rows"));
	}
}
