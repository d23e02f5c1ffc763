//! The reports.
//!
//! One folder per book and event (`<out>/<book>/<event>/`):
//! - `summary.json`: the event, the settings, every variant's figures and what it does not model;
//! - `report.md` and `report.html`: the scoreboard (every variant side by side), the verdict, the
//!   variants' rules, and the plots;
//! - `*.svg`: the plots (plotters' SVG backend), and `calibration.svg`: Ballast's forecasts of
//!   liquidation within its risk horizon against how often it happened (a reliability plot).
//!
//! And over a run of several (`<out>/index.md`, `index.html`, `index.json`): the scoreboard of
//! every event and book with its verdict, two charts over all of them (loss to others and bad
//! debt, per variant) and the forecasts' calibration over every event and book.

use crate::{
	chain::{Variant, FEEDER_NAMES},
	config::{Config, Speed},
	run::{merge_calibration, BlockRecord, CalibrationBin, Run, Summary},
	Comparison,
};
use plotters::prelude::*;
use serde_json::json;
use std::{fmt::Write as _, path::Path};

const PALETTE: [RGBColor; 6] = [
	RGBColor(0x1f, 0x6f, 0xb4),
	RGBColor(0xd6, 0x3a, 0x2f),
	RGBColor(0x2c, 0xa0, 0x2c),
	RGBColor(0x94, 0x67, 0xbd),
	RGBColor(0xff, 0x7f, 0x0e),
	RGBColor(0x8c, 0x56, 0x4b),
];

/// One line of a plot.
struct Line {
	label: String,
	colour: RGBColor,
	points: Vec<(f64, f64)>,
}

/// A plot: its file stem, title, y axis label and lines.
struct Plot {
	file: &'static str,
	title: String,
	y_label: &'static str,
	lines: Vec<Line>,
}

fn series(run: &Run, value: impl Fn(&BlockRecord) -> f64) -> Vec<(f64, f64)> {
	run.records.iter().map(|r| (f64::from(r.block), value(r))).collect()
}

/// Every run's series of `value`, cumulative if asked.
fn every(comparison: &Comparison, cumulative: bool, value: impl Fn(&BlockRecord) -> f64) -> Vec<Line> {
	comparison
		.runs
		.iter()
		.enumerate()
		.map(|(i, (variant, run))| {
			let mut points = series(run, &value);
			if cumulative {
				let mut total = 0.0;
				for point in &mut points {
					total += point.1;
					point.1 = total;
				}
			}
			Line { label: variant.label().into(), colour: PALETTE[i % PALETTE.len()], points }
		})
		.collect()
}

/// Ballast's series of `value` for each market.
fn per_market(comparison: &Comparison, value: fn(&crate::run::MarketRecord) -> f64) -> Vec<Line> {
	let Some((_, ballast)) = comparison.runs.first() else { return Vec::new() };
	comparison
		.event
		.markets
		.iter()
		.enumerate()
		.map(|(i, market)| Line { label: market.symbol.clone(), colour: PALETTE[i % PALETTE.len()], points: series(ballast, |r| value(&r.markets[i])) })
		.collect()
}

fn loss_in_block(record: &BlockRecord) -> f64 {
	record.fund_covered + record.vault_absorbed + record.off_index_gain + record.deleveraging_taken
}

fn plots(comparison: &Comparison) -> Vec<Plot> {
	let mut prices = per_market(comparison, |m| m.index);
	// Each market's index relative to its first live one, so markets of any price share an axis.
	for line in &mut prices {
		let first = line.points.iter().map(|p| p.1).find(|p| *p > 0.0).unwrap_or(1.0);
		line.points.retain(|p| p.1 > 0.0);
		line.points.iter_mut().for_each(|p| p.1 /= first);
	}
	vec![
		Plot { file: "prices", title: "The oracle's index, relative to its first".into(), y_label: "× first index", lines: prices },
		Plot { file: "margins", title: "Ballast's maintenance margin multipliers".into(), y_label: "× listed margin", lines: per_market(comparison, |m| m.maintenance_multiplier) },
		Plot { file: "breakers", title: "Ballast's breakers (0 open, 1 reduce-only, 2 halted)".into(), y_label: "state", lines: per_market(comparison, |m| f64::from(m.state)) },
		Plot { file: "liquidations", title: "Accounts liquidated per block".into(), y_label: "accounts", lines: every(comparison, false, |r| f64::from(r.liquidated)) },
		Plot { file: "loss_to_others", title: "Loss to others (fund, vault, deleveraged traders), cumulative".into(), y_label: "bUSD", lines: every(comparison, true, loss_in_block) },
		Plot { file: "bad_debt", title: "Bad debt, cumulative".into(), y_label: "bUSD", lines: every(comparison, true, |r| r.bad_debt) },
		Plot { file: "fund", title: "Insurance fund balance".into(), y_label: "bUSD", lines: every(comparison, false, |r| r.fund_balance) },
		Plot { file: "vault", title: "Vault equity".into(), y_label: "bUSD", lines: every(comparison, false, |r| r.vault_equity) },
		Plot { file: "deleveraging", title: "Taken from deleveraged traders, cumulative".into(), y_label: "bUSD", lines: every(comparison, true, |r| r.deleveraging_taken) },
	]
}

fn chart_error(e: impl std::fmt::Display) -> String {
	e.to_string()
}

/// An SVG line chart.
fn svg(plot: &Plot) -> Result<String, String> {
	let mut out = String::new();
	{
		let root = SVGBackend::with_string(&mut out, (900, 300)).into_drawing_area();
		root.fill(&WHITE).map_err(chart_error)?;
		let points = plot.lines.iter().flat_map(|l| l.points.iter());
		let (x_min, x_max) = points.clone().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.0), hi.max(p.0)));
		let (y_min, y_max) = points.fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
		let (x_min, x_max) = if x_min < x_max { (x_min, x_max) } else { (0.0, 1.0) };
		let pad = ((y_max - y_min).abs() * 0.05).max(1e-9);
		let (y_min, y_max) = if y_min <= y_max { (y_min - pad, y_max + pad) } else { (0.0, 1.0) };
		let mut chart = ChartBuilder::on(&root)
			.caption(&plot.title, ("sans-serif", 18))
			.margin(8)
			.x_label_area_size(32)
			.y_label_area_size(70)
			.build_cartesian_2d(x_min..x_max, y_min..y_max)
			.map_err(chart_error)?;
		chart
			.configure_mesh()
			.x_desc("block")
			.y_desc(plot.y_label)
			.x_labels(8)
			.y_labels(6)
			.y_label_formatter(&|y| short(*y))
			.x_label_formatter(&|x| format!("{x:.0}"))
			.draw()
			.map_err(chart_error)?;
		for line in &plot.lines {
			let colour = line.colour;
			chart
				.draw_series(LineSeries::new(line.points.iter().copied(), colour.stroke_width(2)))
				.map_err(chart_error)?
				.label(line.label.clone())
				.legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2)));
		}
		chart.configure_series_labels().background_style(WHITE.mix(0.8)).border_style(BLACK).draw().map_err(chart_error)?;
		root.present().map_err(chart_error)?;
	}
	Ok(out)
}

/// A reliability plot: each bin's mean forecast against the share of its forecasts that came
/// true, beside the diagonal a calibrated forecast lies on.
fn reliability(title: &str, bins: &[CalibrationBin]) -> Result<String, String> {
	let mut out = String::new();
	{
		let root = SVGBackend::with_string(&mut out, (520, 480)).into_drawing_area();
		root.fill(&WHITE).map_err(chart_error)?;
		let mut chart = ChartBuilder::on(&root)
			.caption(title, ("sans-serif", 16))
			.margin(10)
			.x_label_area_size(40)
			.y_label_area_size(50)
			.build_cartesian_2d(0.0..1.0, 0.0..1.0)
			.map_err(chart_error)?;
		chart.configure_mesh().x_desc("forecast chance of liquidation").y_desc("share liquidated").draw().map_err(chart_error)?;
		chart.draw_series(LineSeries::new([(0.0, 0.0), (1.0, 1.0)], BLACK.mix(0.4))).map_err(chart_error)?.label("calibrated");
		let points: Vec<(f64, f64)> = bins.iter().filter(|bin| bin.forecasts > 0).map(|bin| (bin.predicted, bin.realised)).collect();
		let colour = PALETTE[0];
		chart.draw_series(LineSeries::new(points.iter().copied(), colour.stroke_width(2))).map_err(chart_error)?;
		chart
			.draw_series(points.iter().map(|p| Circle::new(*p, 4, colour.filled())))
			.map_err(chart_error)?
			.label("Ballast's forecasts")
			.legend(move |(x, y)| Circle::new((x + 8, y), 4, colour.filled()));
		chart.configure_series_labels().position(SeriesLabelPosition::UpperLeft).background_style(WHITE.mix(0.8)).border_style(BLACK).draw().map_err(chart_error)?;
		root.present().map_err(chart_error)?;
	}
	Ok(out)
}

/// The calibration as a markdown table, or `None` without forecasts.
fn calibration_table(bins: &[CalibrationBin]) -> Option<String> {
	let total: u32 = bins.iter().map(|bin| bin.forecasts).sum();
	if total == 0 {
		return None;
	}
	let mut table = String::from("| forecast chance | forecasts | mean forecast | share liquidated |\n|---|---:|---:|---:|\n");
	for bin in bins.iter().filter(|bin| bin.forecasts > 0) {
		let _ = writeln!(table, "| {:.0}–{:.0} % | {} | {:.2} % | {:.2} % |", bin.from * 100.0, bin.to * 100.0, bin.forecasts, bin.predicted * 100.0, bin.realised * 100.0);
	}
	let predicted: f64 = bins.iter().map(|bin| bin.predicted * f64::from(bin.forecasts)).sum();
	let realised: f64 = bins.iter().map(|bin| bin.realised * f64::from(bin.forecasts)).sum();
	let _ = writeln!(table, "| all | {total} | {:.2} % | {:.2} % |", predicted / f64::from(total) * 100.0, realised / f64::from(total) * 100.0);
	Some(table)
}

const CALIBRATION_TEXT: &str = "Every 25 blocks of the path, the liquidation engine's chance of liquidation within its risk horizon \
	(`LiquidationApi::account_risk`, 600 blocks) for every account holding a position, against whether the account was liquidated \
	within the horizon (forecasts whose horizon ends after the run are left out; a trader who closed by itself first counts as not \
	liquidated). A calibrated forecast lies on the diagonal; above it, the model is too optimistic.";

/// An SVG chart of grouped bars: one group per label, one bar per series.
fn bars(title: &str, labels: &[String], groups: &[(String, Vec<f64>)]) -> Result<String, String> {
	let mut out = String::new();
	{
		let width = (160 + labels.len() * 70).max(600) as u32;
		let root = SVGBackend::with_string(&mut out, (width, 380)).into_drawing_area();
		root.fill(&WHITE).map_err(chart_error)?;
		let top = groups.iter().flat_map(|(_, values)| values.iter().copied()).fold(1.0, f64::max) * 1.1;
		let mut chart = ChartBuilder::on(&root)
			.caption(title, ("sans-serif", 18))
			.margin(8)
			.x_label_area_size(80)
			.y_label_area_size(70)
			.build_cartesian_2d(0.0..labels.len() as f64, 0.0..top)
			.map_err(chart_error)?;
		chart
			.configure_mesh()
			.disable_x_mesh()
			.x_labels(labels.len().max(1))
			.x_label_formatter(&|x| labels.get(x.floor() as usize).cloned().unwrap_or_default())
			.x_label_style(("sans-serif", 11).into_font().transform(FontTransform::Rotate90))
			.y_desc("bUSD")
			.y_label_formatter(&|y| short(*y))
			.draw()
			.map_err(chart_error)?;
		let width = 0.8 / groups.len().max(1) as f64;
		for (series, (name, values)) in groups.iter().enumerate() {
			let colour = PALETTE[series % PALETTE.len()];
			chart
				.draw_series(values.iter().enumerate().map(|(i, value)| {
					let left = i as f64 + 0.1 + series as f64 * width;
					Rectangle::new([(left, 0.0), (left + width, *value)], colour.filled())
				}))
				.map_err(chart_error)?
				.label(name.clone())
				.legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled()));
		}
		chart.configure_series_labels().position(SeriesLabelPosition::UpperLeft).background_style(WHITE.mix(0.8)).border_style(BLACK).draw().map_err(chart_error)?;
		root.present().map_err(chart_error)?;
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

/// Whole bUSD with thousands separated: 12,345.
fn money(value: f64) -> String {
	let whole = value.round() as i128;
	let digits = whole.unsigned_abs().to_string();
	let mut out = String::new();
	for (i, digit) in digits.chars().enumerate() {
		if i > 0 && (digits.len() - i) % 3 == 0 {
			out.push(',');
		}
		out.push(digit);
	}
	if whole < 0 { format!("-{out}") } else { out }
}

/// The scoreboard's rows: a label and one figure per run.
fn rows(summaries: &[&Summary]) -> Vec<(&'static str, Vec<String>)> {
	let row = |label, f: &dyn Fn(&Summary) -> String| (label, summaries.iter().map(|s| f(s)).collect());
	vec![
		row("**loss to others** (bUSD)", &|s| format!("**{}**", money(s.loss_to_others))),
		row("insolvent", &|s| if s.insolvent { "**yes**".into() } else { "no".into() }),
		row("bad debt (bUSD)", &|s| money(s.bad_debt)),
		row("covered by the fund (bUSD)", &|s| money(s.fund_used)),
		row("borne by the vault (bUSD)", &|s| money(s.vault_absorbed)),
		row("liquidated off the index, their gain (bUSD)", &|s| money(s.off_index_gain)),
		row("taken from deleveraged traders (bUSD)", &|s| money(s.deleveraging_taken)),
		row("deleveraged: notional (bUSD), accounts", &|s| format!("{}, {}", money(s.deleveraged_notional), s.deleveraged_accounts)),
		row("deleveraged: most taken from one account (bUSD)", &|s| money(s.deleveraging_most_from_one)),
		row("deleveraged: what the closed size made or lost after, to the end (bUSD)", &|s| money(s.deleveraging_forgone)),
		row("deficits carried / left (bUSD)", &|s| format!("{} / {}", money(s.deficits_carried), money(s.deficits_left))),
		row("negative equity left (accounts)", &|s| format!("{} ({})", money(s.underwater_at_end), s.accounts_underwater_at_end)),
		row("fund: start → end (bUSD)", &|s| format!("{} → {}", money(s.fund_start), money(s.fund_end))),
		row("vault equity: start → end (bUSD)", &|s| format!("{} → {}", money(s.vault_equity_start), money(s.vault_equity_end))),
		row("accounts liquidated (liquidations)", &|s| format!("{} ({})", s.accounts_liquidated, s.liquidations)),
		row("notional liquidated (bUSD)", &|s| money(s.liquidated_notional)),
		row("over-liquidated notional (bUSD)", &|s| money(s.over_liquidated_notional)),
		row("penalties paid (bUSD)", &|s| money(s.penalties)),
		row("market-blocks halted / reduce-only", &|s| format!("{} / {}", s.market_blocks_halted, s.market_blocks_reduce_only)),
		row("calm: median leverage allowed", &|s| format!("{:.1}×", s.calm_leverage_allowed)),
		row("calm: initial requirement × listed", &|s| format!("{:.2}", s.calm_initial_multiple)),
		row("calm: fund target (stressed shortfall) / balance", &|s| format!("{} / {}", money(s.calm_fund_target), money(s.calm_fund_balance))),
		row("partial liquidations, bankrupt the next block (normal promise)", &|s| {
			format!("{} of {} ({}; {})", s.bankrupt_after_partial, s.partial_liquidations, percent_of(s.bankrupt_after_partial, s.partial_liquidations), promise(s.gap_cover))
		}),
		row("peak maintenance multiplier", &|s| format!("{:.2}", s.peak_maintenance_multiplier)),
		row("maintenance × listed: calm → before the worst bar", &|s| {
			s.before_worst_bar
				.iter()
				.map(|m| format!("{} {:.2} → {:.2} ({:.0} % bar)", m.symbol, m.calm, m.before, 100.0 * m.worst_move))
				.collect::<Vec<_>>()
				.join("; ")
		}),
		row("positions opened (refused, clamped)", &|s| format!("{} ({}, {})", s.positions_opened, s.opens_refused, s.leverage_clamped)),
		row("worst block's hooks (ms, block)", &|s| format!("{:.1} (#{})", s.worst_hook_ms, s.worst_hook_block)),
	]
}

fn percent_of(part: u32, whole: u32) -> String {
	if whole == 0 {
		"—".into()
	} else {
		format!("{:.2} %", 100.0 * f64::from(part) / f64::from(whole))
	}
}

/// What a gap cover of `z` promises under a normal model: the chance the next block's move
/// goes beyond z deviations against the account, `Φ(−z)`.
fn promise(z: f64) -> String {
	if z <= 0.0 {
		"no gap cover".into()
	} else {
		format!("z = {z:.1}: ≤ {:.2} %", 100.0 * normal_tail(z))
	}
}

/// `Φ(−z)`, by the complementary error function's Abramowitz–Stegun 7.1.26 form.
fn normal_tail(z: f64) -> f64 {
	let x = z / std::f64::consts::SQRT_2;
	let t = 1.0 / (1.0 + 0.327_591_1 * x);
	let poly = t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
	0.5 * poly * (-x * x).exp()
}

/// Who left the least loss to others, and where Ballast stands.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Verdict {
	/// The variant with the least loss to others (Ballast on a tie within 1 bUSD).
	pub winner: String,
	pub ballast_wins: bool,
	/// One line: the winner, Ballast's loss against the best other, availability beside.
	pub text: String,
}

pub fn verdict(runs: &[(Variant, &Summary)]) -> Verdict {
	let Some((_, ballast)) = runs.iter().find(|(v, _)| *v == Variant::Ballast) else {
		return Verdict { winner: "-".into(), ballast_wins: false, text: "no Ballast run".into() };
	};
	// The diagnosis variant is Ballast too: the verdict weighs Ballast against other venues.
	let best_other = runs.iter().filter(|(v, _)| !matches!(v, Variant::Ballast | Variant::BallastAtIndex)).min_by(|a, b| a.1.loss_to_others.total_cmp(&b.1.loss_to_others));
	let Some((other, best)) = best_other else {
		return Verdict { winner: "Ballast".into(), ballast_wins: true, text: "Ballast alone".into() };
	};
	let ballast_wins = ballast.loss_to_others <= best.loss_to_others + 1.0;
	let halts = format!("Ballast halted {} market-blocks", ballast.market_blocks_halted);
	let text = if ballast.loss_to_others < 1.0 && best.loss_to_others < 1.0 {
		format!("nobody else lost anything; {halts}")
	} else if ballast_wins {
		format!("**Ballast** ({} vs {} under {}); {halts}", money(ballast.loss_to_others), money(best.loss_to_others), other.label())
	} else {
		format!("**{} — Ballast loses** ({} vs {}); {halts}", other.label(), money(ballast.loss_to_others), money(best.loss_to_others))
	};
	Verdict { winner: if ballast_wins { "Ballast".into() } else { other.label().into() }, ballast_wins, text }
}

fn describe(comparison: &Comparison, config: &Config) -> String {
	let event = &comparison.event;
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
	let summary = comparison.runs.first().map(|(_, run)| run.summary.clone()).unwrap_or_default();
	let speed = match event.speed {
		Speed::Compressed => "compressed",
		Speed::RealTime => "real time (six seconds of the path a block)",
	};
	let drawdowns = event.markets.iter().map(|m| format!("{} −{:.0} %", m.symbol, m.max_drawdown() * 100.0)).collect::<Vec<_>>().join(", ");
	format!(
		"{}{}. Markets and sources: {}. Worst fall from a high: {drawdowns}. {} bars of {} s from {} UTC, walked {speed}: {} blocks a bar, \
		 {} blocks in all (warm-up {}, tail {}); the calm before the crash: {} blocks. Book `{}`: {} accounts (seed {}), open interest {} bUSD, \
		 vault {} bUSD, fund {} bUSD. Governance: {}. Oracle faults: {faults}. The runs took {:.1} s.",
		event.title,
		if event.synthetic { " (synthetic)" } else { "" },
		event.sources(),
		event.bars,
		event.bar_seconds,
		utc(event.start),
		event.steps_per_bar,
		summary.blocks,
		config.replay.warmup_blocks,
		config.replay.tail_blocks,
		summary.calm_blocks,
		config.book.name,
		summary.accounts,
		config.book.seed,
		money(summary.open_interest),
		money(summary.vault_equity_start),
		money(summary.fund_start),
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
	if let Some(rule) = governance.adl_rule {
		set.push(format!("{} deleveraging", rule.name()));
	}
	if governance.extreme_multiple.is_some() || governance.extreme_cover.is_some() {
		let multiple = governance.extreme_multiple.map_or("3".into(), |m| m.to_string());
		let cover = governance.extreme_cover.map_or(35.0, |c| c * 100.0);
		set.push(format!("the fund's extreme shock {multiple} stressed moves, {cover:.0} % held"));
	}
	if governance.concentration_share.is_some() || governance.concentration_floor.is_some() {
		let share = governance.concentration_share.map_or(10.0, |s| s * 100.0);
		let floor = governance.concentration_floor.map_or(10_000.0, |f| f);
		set.push(format!("a liquidated account may leave the fund {share:.0} % of it or {} of a crash", money(floor)));
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

/// The variants' rules and what each does not model, as markdown.
fn variants_text(variants: &[Variant]) -> String {
	let mut text = String::new();
	for variant in variants {
		let _ = writeln!(text, "- **{}**: {}", variant.label(), variant.describe());
		for missing in variant.not_modelled() {
			let _ = writeln!(text, "  - not modelled: {missing}");
		}
	}
	text.push_str(
		"\n*Loss to others*: what people who did not cause the losses bore — the fund's stakers, the vault's liquidity providers \
		 (the bad debt they absorbed, and what the liquidated gained by closing at a mark better for them than the index), \
		 the traders deleveraged — plus deficits and negative equity left at the end. *Insolvent*: the fund exhausted and the vault \
		 past Ballast's bound (10 % of its equity), or a deficit or negative equity left. *Over-liquidated*: notional closed beyond \
		 what restored the account to 1.25× maintenance at that price. *Calm*: the blocks before some market first trades 10 % below \
		 its running high.\n",
	);
	text
}

/// Markdown's `**bold**` as HTML, the rest escaped.
fn markdown_to_html(text: &str) -> String {
	escape(text).split("**").enumerate().map(|(i, part)| if i % 2 == 1 { format!("<b>{part}</b>") } else { part.to_string() }).collect()
}

/// Writes the folder `dir` of one event on one book.
pub fn write(dir: &Path, comparison: &Comparison, config: &Config) -> Result<(), String> {
	std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
	let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("{}: {e}", dir.join(name).display()));
	let plots = plots(comparison);
	for plot in &plots {
		write(&format!("{}.svg", plot.file), &svg(plot)?)?;
	}
	let variants: Vec<Variant> = comparison.runs.iter().map(|(v, _)| *v).collect();
	let summaries: Vec<&Summary> = comparison.runs.iter().map(|(_, run)| &run.summary).collect();
	let verdict = verdict(&comparison.runs.iter().map(|(v, run)| (*v, &run.summary)).collect::<Vec<_>>());
	let event = &comparison.event;
	let summary = json!({
		"event": event.name,
		"title": event.title,
		"markets": event.markets.iter().map(|m| json!({ "symbol": m.symbol, "kind": m.kind, "sources": m.sources, "max_drawdown": m.max_drawdown() })).collect::<Vec<_>>(),
		"synthetic": event.synthetic,
		"bars": event.bars,
		"speed": event.speed,
		"seconds": comparison.seconds,
		"config": config,
		"verdict": verdict,
		"variants": comparison.runs.iter().map(|(v, run)| json!({ "name": v.name(), "label": v.label(), "not_modelled": v.not_modelled(), "summary": run.summary })).collect::<Vec<_>>(),
	});
	write("summary.json", &serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?)?;

	let title = format!("Crisis lab: {} on the {} book", event.name, config.book.name);
	let table = rows(&summaries);
	let header = variants.iter().map(|v| v.label()).collect::<Vec<_>>();
	let mut markdown = format!(
		"# {title}\n\n{}\n\n**Verdict**: {}.\n\n| | {} |\n|---|{}\n",
		describe(comparison, config),
		verdict.text,
		header.join(" | "),
		"---:|".repeat(header.len())
	);
	for (label, figures) in &table {
		let _ = writeln!(markdown, "| {label} | {} |", figures.join(" | "));
	}
	let _ = write!(markdown, "\n## The variants\n\n{}\n", variants_text(&variants));
	for plot in &plots {
		let _ = writeln!(markdown, "![{}]({}.svg)\n", plot.title, plot.file);
	}
	let calibration = comparison.runs.iter().find(|(v, _)| *v == Variant::Ballast).map(|(_, run)| run.summary.calibration.clone()).unwrap_or_default();
	let calibration_section = calibration_table(&calibration);
	if let Some(table) = &calibration_section {
		write("calibration.svg", &reliability("Ballast's liquidation forecasts", &calibration)?)?;
		let _ = write!(markdown, "## Calibration of the liquidation forecasts\n\n{CALIBRATION_TEXT}\n\n{table}\n![Calibration](calibration.svg)\n");
	}
	write("report.md", &markdown)?;

	let mut html = format!(
		"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title><style>body{{font-family:sans-serif;max-width:1000px;margin:2em auto}}\
		 table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 8px}}td:nth-child(n+2){{text-align:right}}</style></head><body>\
		 <h1>{title}</h1><p>{}</p><p><b>Verdict</b>: {}.</p><table><tr><th></th>",
		escape(&describe(comparison, config)),
		markdown_to_html(&verdict.text),
	);
	for label in &header {
		let _ = write!(html, "<th>{}</th>", escape(label));
	}
	html.push_str("</tr>");
	for (label, figures) in &table {
		let _ = write!(html, "<tr><td>{}</td>", markdown_to_html(label));
		for figure in figures {
			let _ = write!(html, "<td>{}</td>", markdown_to_html(figure));
		}
		html.push_str("</tr>");
	}
	let _ = write!(html, "</table><h2>The variants</h2><pre style=\"white-space:pre-wrap\">{}</pre>", markdown_to_html(&variants_text(&variants)));
	for plot in &plots {
		let _ = write!(html, "<p><img src=\"{}.svg\" alt=\"{}\" width=\"900\"></p>", plot.file, escape(&plot.title));
	}
	if let Some(table) = &calibration_section {
		let _ = write!(html, "<h2>Calibration of the liquidation forecasts</h2><p>{}</p><pre>{}</pre><p><img src=\"calibration.svg\"></p>", escape(CALIBRATION_TEXT), escape(table));
	}
	html.push_str("</body></html>\n");
	write("report.html", &html)
}

fn escape(text: &str) -> String {
	text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One event on one book, in the scoreboard of a run over several.
pub struct Outcome {
	pub event: String,
	pub book: String,
	/// Relative path of its report folder.
	pub folder: String,
	pub runs: Vec<(Variant, Summary)>,
	pub seconds: f64,
}

impl Outcome {
	pub fn verdict(&self) -> Verdict {
		verdict(&self.runs.iter().map(|(v, s)| (*v, s)).collect::<Vec<_>>())
	}
}

/// The scoreboard in `dir`: `index.md`, `index.html`, `index.json`, `loss_to_others.svg` and
/// `bad_debt.svg`; `book_seconds` is each book's run time over all its events.
pub fn write_index(dir: &Path, outcomes: &[Outcome], book_seconds: &[(String, f64)], seconds: f64) -> Result<(), String> {
	std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
	let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("{}: {e}", dir.join(name).display()));
	let variants: Vec<Variant> = outcomes.first().map(|o| o.runs.iter().map(|(v, _)| *v).collect()).unwrap_or_default();
	let labels: Vec<String> = outcomes.iter().map(|o| format!("{} · {}", o.event, o.book)).collect();
	let series = |value: fn(&Summary) -> f64| -> Vec<(String, Vec<f64>)> {
		variants
			.iter()
			.enumerate()
			.map(|(i, variant)| (variant.label().to_string(), outcomes.iter().map(|o| o.runs.get(i).map_or(0.0, |(_, s)| value(s))).collect()))
			.collect()
	};
	write("loss_to_others.svg", &bars("Loss to others, per event and book", &labels, &series(|s| s.loss_to_others))?)?;
	write("bad_debt.svg", &bars("Bad debt, per event and book", &labels, &series(|s| s.bad_debt))?)?;

	let books = book_seconds.iter().map(|(book, s)| format!("{book} {s:.0} s")).collect::<Vec<_>>().join(", ");
	let wins = outcomes.iter().filter(|o| o.verdict().ballast_wins).count();
	let mut markdown = format!(
		"# Crisis lab: the scoreboard\n\n{} events × books in {seconds:.0} s (per book over all its events: {books}). Ballast leaves the least loss to \
		 others on {wins} of {}. Each cell lists {}, in that order; amounts in bUSD; ⚠ marks an insolvent run.\n\n\
		 | event | book | loss to others | bad debt | market-blocks halted | calm leverage allowed | verdict |\n|---|---|---:|---:|---:|---:|---|\n",
		outcomes.len(),
		outcomes.len(),
		variants.iter().map(|v| v.label()).collect::<Vec<_>>().join(" / "),
	);
	for outcome in outcomes {
		let cell = |f: &dyn Fn(&Summary) -> String| outcome.runs.iter().map(|(_, s)| f(s)).collect::<Vec<_>>().join(" / ");
		let verdict = outcome.verdict();
		let _ = writeln!(
			markdown,
			"| [{}]({}/report.md) | {} | {} | {} | {} | {} | {} |",
			outcome.event,
			outcome.folder,
			outcome.book,
			cell(&|s| format!("{}{}", money(s.loss_to_others), if s.insolvent { " ⚠" } else { "" })),
			cell(&|s| money(s.bad_debt)),
			cell(&|s| s.market_blocks_halted.to_string()),
			cell(&|s| format!("{:.0}×", s.calm_leverage_allowed)),
			verdict.text,
		);
	}
	let _ = write!(markdown, "\n## The variants\n\n{}\n![Loss to others](loss_to_others.svg)\n\n![Bad debt](bad_debt.svg)\n", variants_text(&variants));
	let ballast: Vec<&Summary> = outcomes.iter().flat_map(|o| o.runs.iter().filter(|(v, _)| *v == Variant::Ballast).map(|(_, s)| s)).collect();
	if let Some(first) = ballast.first() {
		let (bankrupt, partial) = ballast.iter().fold((0, 0), |(b, p), s| (b + s.bankrupt_after_partial, p + s.partial_liquidations));
		let _ = write!(
			markdown,
			"\n## Partial liquidations that the next block took under water\n\nBallast's partial liquidations (an account a block) over every event and book, and those whose \
			 account went bankrupt the very next block: {bankrupt} of {partial} ({}); the gap cover promises {} under a normal model of the next move.\n",
			percent_of(bankrupt, partial),
			promise(first.gap_cover),
		);
	}
	if !ballast.is_empty() {
		let _ = write!(
			markdown,
			"\n## The fund's target against the crash\n\nAt the calm's end: the fund's target (the book's stressed shortfall, from the liquidation engine's \
			 census), its balance, and then Ballast's bad debt and what the fund paid of it.\n\n| event | book | target | balance | bad debt | fund used |\n|---|---|---:|---:|---:|---:|\n",
		);
		for outcome in outcomes {
			if let Some((_, s)) = outcome.runs.iter().find(|(v, _)| *v == Variant::Ballast) {
				let _ = writeln!(
					markdown,
					"| {} | {} | {} | {} | {} | {} |",
					outcome.event,
					outcome.book,
					money(s.calm_fund_target),
					money(s.calm_fund_balance),
					money(s.bad_debt),
					money(s.fund_used)
				);
			}
		}
	}
	let calibration = merge_calibration(outcomes.iter().flat_map(|o| o.runs.iter().filter(|(v, _)| *v == Variant::Ballast).map(|(_, s)| s.calibration.as_slice())));
	let calibrated = calibration_table(&calibration);
	if let Some(table) = &calibrated {
		write("calibration.svg", &reliability("Ballast's liquidation forecasts, every event and book", &calibration)?)?;
		let _ = write!(markdown, "\n## Calibration of the liquidation forecasts, over every event and book\n\n{CALIBRATION_TEXT}\n\n{table}\n![Calibration](calibration.svg)\n");
	}
	write("index.md", &markdown)?;
	let html = format!(
		"<!doctype html><html><head><meta charset=\"utf-8\"><title>Crisis lab: the scoreboard</title></head><body style=\"font-family:sans-serif\">\
		 <pre style=\"white-space:pre-wrap\">{}</pre><p><img src=\"loss_to_others.svg\"></p><p><img src=\"bad_debt.svg\"></p>{}</body></html>\n",
		escape(&markdown),
		if calibrated.is_some() { "<p><img src=\"calibration.svg\"></p>" } else { "" },
	);
	write("index.html", &html)?;
	let json: Vec<_> = outcomes
		.iter()
		.map(|o| {
			json!({
				"event": o.event, "book": o.book, "folder": o.folder, "seconds": o.seconds,
				"verdict": o.verdict(),
				"variants": o.runs.iter().map(|(v, s)| json!({ "name": v.name(), "summary": s })).collect::<Vec<_>>(),
			})
		})
		.collect();
	let books: Vec<_> = book_seconds.iter().map(|(book, s)| json!({ "book": book, "seconds": s })).collect();
	write("index.json", &serde_json::to_string_pretty(&json!({ "seconds": seconds, "books": books, "outcomes": json })).map_err(|e| e.to_string())?)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn forecasts_are_binned_by_chance_and_merged_by_weight() {
		let bins = crate::run::calibrate([(0.005, false), (0.007, true), (0.3, true), (0.5, false), (1.0, true)]);
		let low = &bins[0];
		assert_eq!((low.forecasts, low.predicted, low.realised), (2, 0.006, 0.5));
		assert_eq!(bins.iter().find(|b| b.from == 0.2).unwrap().forecasts, 1);
		assert_eq!(bins.last().unwrap().forecasts, 1, "a certain forecast is in the last bin");
		let merged = merge_calibration([bins.as_slice(), crate::run::calibrate([(0.009, false), (0.009, false)]).as_slice()]);
		assert_eq!(merged[0].forecasts, 4);
		assert!((merged[0].predicted - 0.0075).abs() < 1e-12 && (merged[0].realised - 0.25).abs() < 1e-12);
		let table = calibration_table(&merged).unwrap();
		assert!(table.contains("| 0–1 % | 4 | 0.75 % | 25.00 % |") && table.contains("| all | 7 |"), "{table}");
		assert!(calibration_table(&crate::run::calibrate([])).is_none());
		assert!(reliability("t", &merged).unwrap().contains("<svg"));
	}

	#[test]
	fn the_gap_covers_promise_is_the_normal_tail_beyond_z() {
		// Φ(−1) = 15.87 %, Φ(−3) = 0.135 % (tables).
		assert!((normal_tail(1.0) - 0.158_655).abs() < 1e-6 && (normal_tail(3.0) - 0.001_350).abs() < 1e-6);
		assert_eq!(promise(3.0), "z = 3.0: ≤ 0.13 %");
		assert_eq!(promise(0.0), "no gap cover");
		assert_eq!((percent_of(1, 400), percent_of(0, 0)), ("0.25 %".into(), "—".into()));
	}

	#[test]
	fn dates_and_numbers_print_short() {
		assert_eq!(utc(1_583_798_400), "2020-03-10 00:00");
		assert_eq!(utc(1_760_054_400 + 3_660), "2025-10-10 01:01");
		assert_eq!((short(1_234_567.0), short(35_000.0), short(250.0), short(0.25)), ("1.2M".into(), "35k".into(), "250".into(), "0.25".into()));
		assert_eq!((money(1_234_567.4), money(-12.0), money(999.0)), ("1,234,567".into(), "-12".into(), "999".into()));
	}

	#[test]
	fn the_verdict_names_who_left_the_least_to_others() {
		let with = |loss: f64, halted: u32| Summary { loss_to_others: loss, market_blocks_halted: halted, ..Summary::default() };
		let (a, b, c) = (with(100.0, 5), with(50.0, 0), with(200.0, 0));
		let lost = verdict(&[(Variant::Ballast, &a), (Variant::Unmanaged, &b), (Variant::DydxV4, &c)]);
		assert!(!lost.ballast_wins && lost.winner == "no management" && lost.text.contains("Ballast loses") && lost.text.contains("halted 5"), "{lost:?}");
		let won = verdict(&[(Variant::Ballast, &b), (Variant::Unmanaged, &a)]);
		assert!(won.ballast_wins && won.text.starts_with("**Ballast**"), "{won:?}");
		let calm = verdict(&[(Variant::Ballast, &with(0.0, 0)), (Variant::Unmanaged, &with(0.0, 0))]);
		assert!(calm.ballast_wins && calm.text.starts_with("nobody"), "{calm:?}");
	}
}
