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

/// Parses CSV `text`; `source` names it in errors and responses.
pub fn parse(text: &str, source: &str) -> Result<Series, String> {
	let mut lines = text.lines().filter(|l| !l.trim().is_empty());
	let header: Vec<&str> = lines.next().ok_or_else(|| format!("{source}: empty file"))?.split(',').map(str::trim).collect();
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
	for (number, line) in lines.enumerate() {
		let fields: Vec<&str> = line.split(',').map(str::trim).collect();
		let row = number + 2;
		let field = |i: usize| fields.get(i).copied().ok_or_else(|| format!("{source}:{row}: too few columns"));
		let price = |i: usize| -> Result<f64, String> {
			let value: f64 = field(i)?.parse().map_err(|e| format!("{source}:{row}: price {:?}: {e}", fields[i]))?;
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

fn unknown_layout(source: &str, header: &[&str]) -> String {
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
	let bad = || format!("time {text:?} is not YYYY-MM-DD{separator}HH:MM:SS");
	let (date, time) = text.split_once(separator).ok_or_else(bad)?;
	let numbers = |s: &str, sep: char| -> Result<Vec<i64>, String> {
		s.split(sep).map(|p| p.parse::<i64>().map_err(|_| bad())).collect()
	};
	let [year, month, day]: [i64; 3] = numbers(date, '-')?.try_into().map_err(|_| bad())?;
	let [hour, minute, second]: [i64; 3] = numbers(time, ':')?.try_into().map_err(|_| bad())?;
	if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
		return Err(bad());
	}
	Ok(days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
	let y = if month <= 2 { year - 1 } else { year };
	let era = y.div_euclid(400);
	let year_of_era = y - era * 400;
	let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
	let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	era * 146_097 + day_of_era - 719_468
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
