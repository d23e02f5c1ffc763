//! # ballast-price-feed
//!
//! A small HTTP server that replays real crash price paths for Ballast's oracle feeders, at a
//! chosen speed and offset per market, and injects faults on request (freeze, spike, diverge,
//! silent) so tests can watch the oracle and circuit breakers react. It binds to loopback by
//! default.
//!
//! The data files stay where they are (`shared/data/prices/` in the team's checkout, any CSV in
//! a layout [`series`] documents); with none at hand, [`synthetic::crash_day`] generates a
//! seeded crash path, labelled synthetic in every response.

pub mod replay;
pub mod series;
pub mod server;
pub mod synthetic;

use std::{
	net::SocketAddr,
	sync::{Arc, Mutex},
};

/// Binds `address` and serves `feed` on a background thread; returns the bound address.
pub fn spawn(address: &str, feed: server::Feed) -> std::io::Result<SocketAddr> {
	let server = tiny_http::Server::http(address).map_err(std::io::Error::other)?;
	let bound = server.server_addr().to_ip().ok_or_else(|| std::io::Error::other("not an IP address"))?;
	let feed = Arc::new(Mutex::new(feed));
	std::thread::spawn(move || server::serve(server, feed));
	Ok(bound)
}
