//! Ballast's benchmark programs. Prints each figure on its own line as
//! `figure <name> <value> <unit>`. `--quick` runs the smallest sizes (one sample), as
//! `./scripts/test` does so no benchmark rots; without it each figure is the median of
//! several samples.

use ballast_localnet::{node_binary, Network, NetworkSpec, LOCAL_VALIDATORS};
use std::time::{Duration, Instant};

fn main() {
	let quick = std::env::args().any(|a| a == "--quick");
	let samples = if quick { 1 } else { 3 };
	match first_finalized_block_seconds(samples) {
		Ok(seconds) => println!("figure first_finalized_block_seconds {seconds:.2} s"),
		Err(e) => {
			eprintln!("first_finalized_block_seconds: {e}");
			std::process::exit(1);
		},
	}
}

/// Time from starting the first of four local validators to block 1 being finalized on all of
/// them; the median of `samples` fresh networks.
fn first_finalized_block_seconds(samples: usize) -> Result<f64, String> {
	let binary = node_binary()?;
	let mut times = Vec::with_capacity(samples);
	for _ in 0..samples {
		let started = Instant::now();
		let mut network =
			Network::start(&binary, &NetworkSpec { chain: "local", validators: &LOCAL_VALIDATORS, extra_args: &[] })?;
		network.wait_finalized(1, Duration::from_secs(240))?;
		times.push(started.elapsed().as_secs_f64());
	}
	times.sort_by(f64::total_cmp);
	Ok(times[times.len() / 2])
}
