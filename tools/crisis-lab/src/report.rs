//! The report of one episode, in its own folder:
//!
//! - `summary.json`: the episode, the config, both runs' figures;
//! - `report.md` and `report.html`: the summary table (Ballast beside the baseline) and the
//!   plots;
//! - `*.svg`: the plots (plotters' SVG backend), each with both runs where both have the figure.
//!
//! And the table of every episode of a run of several (`index.md`, `index.json`).

use crate::{
	chain::{FEEDER_NAMES, MARKETS},
	config::Config,
	run::{BlockRecord, Run, Summary},
	Comparison,
};
use plotters::prelude::*;
use serde_json::json;
use std::{fmt::Write as _, path::Path};

const BALLAST_COLOUR: RGBColor = RGBColor(0x1f, 0x6f, 0xb4);
const BASELINE_COLOUR: RGBColor = RGBColor(0xd6, 0x3a, 0x2f);
const MARKET_NAMES: [&str; 2] = ["BTC-USD", "ETH-USD"];

/// One line of a plot.
struct Line {
	label: String,
	colour: RGBColor,
	points: Vec<(f64, f64)>,
}

/// A plot: its file stem, title, y axis label and lines.
struct Plot {
	file: &'static str,
	title: &'static str,
	y_label: &'static str,
	lines: Vec<Line>,
}

/// Both runs' series of `value`, against the block.
fn both(comparison: &Comparison, value: impl Fn(&BlockRecord) -> f64) -> Vec<Line> {
	[(&comparison.ballast, BALLAST_COLOUR), (&comparison.baseline, BASELINE_COLOUR)]
		.into_iter()
		.map(|(run, colour)| Line { label: run.variant.into(), colour, points: series(run, &value) })
		.collect()
}

/// Both runs' running total of `value`.
fn both_cumulative(comparison: &Comparison, value: impl Fn(&BlockRecord) -> f64) -> Vec<Line> {
	let mut lines = both(comparison, value);
	for line in &mut lines {
		let mut total = 0.0;
		for point in &mut line.points {
			total += point.1;
			point.1 = total;
		}
	}
	lines
}

fn series(run: &Run, value: impl Fn(&BlockRecord) -> f64) -> Vec<(f64, f64)> {
	run.records.iter().map(|r| (f64::from(r.block), value(r))).collect()
}

fn plots(comparison: &Comparison) -> Vec<Plot> {
	let ballast = &comparison.ballast;
	let market_lines = |value: fn(&crate::run::MarketRecord) -> f64| -> Vec<Line> {
		[BALLAST_COLOUR, RGBColor(0x2c, 0xa0, 0x2c)]
			.into_iter()
			.enumerate()
			.map(|(i, colour)| Line { label: MARKET_NAMES[i].into(), colour, points: series(ballast, |r| value(&r.markets[i])) })
			.collect()
	};
	let eth = MARKETS.len() - 1;
	vec![
		Plot {
			file: "prices",
			title: "ETH-USD: the oracle's index and mark",
			y_label: "dollars",
			lines: vec![
				Line { label: "index".into(), colour: RGBColor(0x88, 0x88, 0x88), points: series(ballast, |r| r.markets[eth].index) },
				Line { label: "mark".into(), colour: BALLAST_COLOUR, points: series(ballast, |r| r.markets[eth].mark) },
			],
		},
		Plot { file: "margins", title: "ETH-USD maintenance margin multiplier", y_label: "× static margin", lines: both(comparison, |r| r.markets[eth].maintenance_multiplier) },
		Plot { file: "breakers", title: "Ballast's breakers (0 open, 1 reduce-only, 2 halted)", y_label: "state", lines: market_lines(|m| f64::from(m.state)) },
		Plot { file: "liquidations", title: "Accounts liquidated per block", y_label: "accounts", lines: both(comparison, |r| f64::from(r.liquidated)) },
		Plot { file: "fund", title: "Insurance fund balance", y_label: "bUSD", lines: both(comparison, |r| r.fund_balance) },
		Plot { file: "drawdown", title: "Insurance fund drawdown", y_label: "share of the window's peak", lines: both(comparison, |r| r.fund_drawdown) },
		Plot { file: "vault", title: "Vault equity", y_label: "bUSD", lines: both(comparison, |r| r.vault_equity) },
		Plot { file: "bad_debt", title: "Bad debt, cumulative", y_label: "bUSD", lines: both_cumulative(comparison, |r| r.bad_debt) },
		Plot { file: "deleveraging", title: "Covered by deleveraging, cumulative", y_label: "bUSD", lines: both_cumulative(comparison, |r| r.deleveraged) },
	]
}

/// An SVG line chart.
fn svg(plot: &Plot) -> Result<String, String> {
	let mut out = String::new();
	{
		let root = SVGBackend::with_string(&mut out, (900, 300)).into_drawing_area();
		root.fill(&WHITE).map_err(|e| e.to_string())?;
		let points = plot.lines.iter().flat_map(|l| l.points.iter());
		let (x_min, x_max) = points.clone().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.0), hi.max(p.0)));
		let (y_min, y_max) = points.fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
		let (x_min, x_max) = if x_min < x_max { (x_min, x_max) } else { (0.0, 1.0) };
		let pad = ((y_max - y_min).abs() * 0.05).max(1e-9);
		let (y_min, y_max) = if y_min <= y_max { (y_min - pad, y_max + pad) } else { (0.0, 1.0) };
		let mut chart = ChartBuilder::on(&root)
			.caption(plot.title, ("sans-serif", 18))
			.margin(8)
			.x_label_area_size(32)
			.y_label_area_size(70)
			.build_cartesian_2d(x_min..x_max, y_min..y_max)
			.map_err(|e| e.to_string())?;
		chart
			.configure_mesh()
			.x_desc("block")
			.y_desc(plot.y_label)
			.x_labels(8)
			.y_labels(6)
			.y_label_formatter(&|y| short(*y))
			.x_label_formatter(&|x| format!("{x:.0}"))
			.draw()
			.map_err(|e| e.to_string())?;
		for line in &plot.lines {
			let colour = line.colour;
			chart
				.draw_series(LineSeries::new(line.points.iter().copied(), colour.stroke_width(2)))
				.map_err(|e| e.to_string())?
				.label(line.label.clone())
				.legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2)));
		}
		chart.configure_series_labels().background_style(WHITE.mix(0.8)).border_style(BLACK).draw().map_err(|e| e.to_string())?;
		root.present().map_err(|e| e.to_string())?;
	}
	Ok(out)
}

/// A number in a few characters: 1.2M, 35k, 0.25.
fn short(value: f64) -> String {
	let magnitude = value.abs();
	if magnitude >= 1e6 {
		format!("{:.1}M", value / 1e6)
	} else if magnitude >= 1e4 {
		format!("{:.0}k", value / 1e3)
	} else if magnitude >= 100.0 || value == 0.0 {
		format!("{value:.0}")
	} else {
		format!("{value:.2}")
	}
}

/// The rows of the summary table: a label and each run's figure.
fn rows(ballast: &Summary, baseline: &Summary) -> Vec<(&'static str, String, String)> {
	let money = |v: f64| format!("{v:.2}");
	let row = |label, f: &dyn Fn(&Summary) -> String| (label, f(ballast), f(baseline));
	vec![
		row("positions opened (refused)", &|s| format!("{} ({})", s.positions_opened, s.opens_refused)),
		row("accounts liquidated", &|s| s.accounts_liquidated.to_string()),
		row("liquidations", &|s| s.liquidations.to_string()),
		row("notional liquidated (bUSD)", &|s| money(s.liquidated_notional)),
		row("bad debt (bUSD)", &|s| money(s.bad_debt)),
		row("covered by the fund (bUSD)", &|s| money(s.fund_used)),
		row("borne by the vault (bUSD)", &|s| money(s.vault_absorbed)),
		row("deleveraged notional (bUSD)", &|s| money(s.deleveraged_notional)),
		row("positions deleveraged", &|s| s.deleveraged_positions.to_string()),
		row("fund: start → end (bUSD)", &|s| format!("{} → {}", money(s.fund_start), money(s.fund_end))),
		row("fund's largest drawdown", &|s| format!("{:.1} %", s.fund_max_drawdown * 100.0)),
		row("vault equity: start → end (bUSD)", &|s| format!("{} → {}", money(s.vault_equity_start), money(s.vault_equity_end))),
		row("accounts open at the end (under water)", &|s| format!("{} ({})", s.accounts_open_at_end, s.accounts_underwater_at_end)),
		row("negative equity left at the end (bUSD)", &|s| money(s.underwater_at_end)),
		row("blocks with a market halted", &|s| s.blocks_halted.to_string()),
		row("blocks reduce-only (none halted)", &|s| s.blocks_reduce_only.to_string()),
		row("peak maintenance multiplier", &|s| format!("{:.2}", s.peak_maintenance_multiplier)),
		row("worst block's hooks (ms, block)", &|s| format!("{:.1} (#{})", s.worst_hook_ms, s.worst_hook_block)),
	]
}

fn describe(comparison: &Comparison, config: &Config) -> String {
	let episode = &comparison.episode;
	let faults = if config.faults.is_empty() {
		"none".to_string()
	} else {
		config
			.faults
			.iter()
			.map(|f| format!("{} {:?} ×{} from bar {} for {}", FEEDER_NAMES[f.feeder as usize], f.kind, f.factor, f.from_bar, f.bars))
			.collect::<Vec<_>>()
			.join("; ")
	};
	format!(
		"Source: `{}`{}. {} bars of {} s from {} UTC, {} blocks a bar, {} blocks in all (warm-up {}, tail {}). \
		 Book: {} accounts (seed {}), vault {} bUSD, fund {} bUSD. Governance: {}. Oracle faults: {faults}. Both runs took {:.1} s.",
		Path::new(&episode.source).file_name().map_or(episode.source.clone(), |name| name.to_string_lossy().into_owned()),
		if episode.synthetic { " (synthetic)" } else { "" },
		episode.bars,
		episode.bar_seconds,
		utc(episode.start),
		episode.steps_per_bar,
		comparison.ballast.summary.blocks,
		config.replay.warmup_blocks,
		config.replay.tail_blocks,
		config.book.accounts,
		config.book.seed,
		config.venue.vault,
		config.venue.fund,
		governance(&config.governance),
		comparison.seconds,
	)
}

fn governance(governance: &crate::config::Governance) -> String {
	let mut set = Vec::new();
	if let Some(share) = governance.liquidation_share {
		set.push(format!("liquidation share {:.0} % of a block", share * 100.0));
	}
	if let Some(penalty) = governance.liquidation_penalty {
		set.push(format!("liquidation penalty {:.2} %", penalty * 100.0));
	}
	if set.is_empty() { "the runtime's genesis parameters".into() } else { set.join(", ") }
}

/// `YYYY-MM-DD HH:MM` of a Unix time.
fn utc(seconds: i64) -> String {
	let days = seconds.div_euclid(86_400);
	let rest = seconds.rem_euclid(86_400);
	// Howard Hinnant's civil_from_days.
	let z = days + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = doy - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = yoe + era * 400 + i64::from(month <= 2);
	format!("{year:04}-{month:02}-{day:02} {:02}:{:02}", rest / 3_600, rest % 3_600 / 60)
}

const BASELINE_TEXT: &str = "The baseline is the same runtime with its crisis management switched off by root calls: \
static margins, no circuit breakers (per market or global), every liquidation closing the whole position, and no \
deleveraging of profitable traders (the vault's liquidity providers bear what the fund cannot, without limit).";

/// Writes the episode's folder `dir`.
pub fn write(dir: &Path, comparison: &Comparison, config: &Config) -> Result<(), String> {
	std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
	let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("{}: {e}", dir.join(name).display()));
	let plots = plots(comparison);
	for plot in &plots {
		write(&format!("{}.svg", plot.file), &svg(plot)?)?;
	}
	let summary = json!({
		"episode": comparison.episode.name,
		"source": comparison.episode.source,
		"synthetic": comparison.episode.synthetic,
		"bars": comparison.episode.bars,
		"seconds": comparison.seconds,
		"config": config,
		"ballast": comparison.ballast.summary,
		"baseline": comparison.baseline.summary,
	});
	write("summary.json", &serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?)?;

	let name = &comparison.episode.name;
	let table = rows(&comparison.ballast.summary, &comparison.baseline.summary);
	let mut markdown = format!("# Crisis lab: {name}\n\n{}\n\n{BASELINE_TEXT}\n\n| | Ballast | baseline |\n|---|---:|---:|\n", describe(comparison, config));
	for (label, ballast, baseline) in &table {
		let _ = writeln!(markdown, "| {label} | {ballast} | {baseline} |");
	}
	markdown.push('\n');
	for plot in &plots {
		let _ = writeln!(markdown, "![{}]({}.svg)\n", plot.title, plot.file);
	}
	write("report.md", &markdown)?;

	let mut html = format!(
		"<!doctype html><html><head><meta charset=\"utf-8\"><title>Crisis lab: {name}</title><style>body{{font-family:sans-serif;max-width:960px;margin:2em auto}}\
		 table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 8px}}td:nth-child(n+2){{text-align:right}}</style></head><body>\
		 <h1>Crisis lab: {name}</h1><p>{}</p><p>{BASELINE_TEXT}</p><table><tr><th></th><th>Ballast</th><th>baseline</th></tr>",
		escape(&describe(comparison, config))
	);
	for (label, ballast, baseline) in &table {
		let _ = write!(html, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", escape(label), escape(ballast), escape(baseline));
	}
	html.push_str("</table>");
	for plot in &plots {
		let _ = write!(html, "<p><img src=\"{}.svg\" alt=\"{}\" width=\"900\"></p>", plot.file, escape(plot.title));
	}
	html.push_str("</body></html>\n");
	write("report.html", &html)
}

fn escape(text: &str) -> String {
	text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One episode's line in the table of a run over several.
pub struct Outcome {
	pub episode: String,
	pub ballast: Summary,
	pub baseline: Summary,
	pub seconds: f64,
}

/// `index.md` and `index.json` in `dir`: every episode's outcome, Ballast against the baseline.
pub fn write_index(dir: &Path, outcomes: &[Outcome], seconds: f64) -> Result<(), String> {
	let mut markdown = format!(
		"# Crisis lab: every episode\n\n{} episodes in {seconds:.0} s. Each cell: Ballast / baseline. Amounts in bUSD.\n\n\
		 | episode | accounts liquidated | bad debt | fund used | vault absorbed | deleveraged | fund drawdown | blocks halted | worst hooks (ms) |\n\
		 |---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
		outcomes.len()
	);
	for Outcome { episode, ballast: a, baseline: b, .. } in outcomes {
		let _ = writeln!(
			markdown,
			"| [{episode}]({episode}/report.md) | {} / {} | {:.0} / {:.0} | {:.0} / {:.0} | {:.0} / {:.0} | {:.0} / {:.0} | {:.1} % / {:.1} % | {} / {} | {:.1} / {:.1} |",
			a.accounts_liquidated,
			b.accounts_liquidated,
			a.bad_debt,
			b.bad_debt,
			a.fund_used,
			b.fund_used,
			a.vault_absorbed,
			b.vault_absorbed,
			a.deleveraged_notional,
			b.deleveraged_notional,
			a.fund_max_drawdown * 100.0,
			b.fund_max_drawdown * 100.0,
			a.blocks_halted,
			b.blocks_halted,
			a.worst_hook_ms,
			b.worst_hook_ms,
		);
	}
	std::fs::write(dir.join("index.md"), markdown).map_err(|e| format!("{}: {e}", dir.join("index.md").display()))?;
	let json: Vec<_> = outcomes
		.iter()
		.map(|o| json!({ "episode": o.episode, "seconds": o.seconds, "ballast": o.ballast, "baseline": o.baseline }))
		.collect();
	let text = serde_json::to_string_pretty(&json!({ "seconds": seconds, "episodes": json })).map_err(|e| e.to_string())?;
	std::fs::write(dir.join("index.json"), text).map_err(|e| format!("{}: {e}", dir.join("index.json").display()))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn dates_and_numbers_print_short() {
		assert_eq!(utc(1_583_798_400), "2020-03-10 00:00");
		assert_eq!(utc(1_760_054_400 + 3_660), "2025-10-10 01:01");
		assert_eq!((short(1_234_567.0), short(35_000.0), short(250.0), short(0.25)), ("1.2M".into(), "35k".into(), "250".into(), "0.25".into()));
	}
}
