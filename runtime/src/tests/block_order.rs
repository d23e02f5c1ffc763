//! The venue's hooks run in the order `block_order.rs` states.

use crate::block_order::{check_venue_order, hook_order, VENUE_BLOCK_ORDER};

#[test]
fn the_venue_hooks_run_in_the_stated_crisis_order() {
	let hooks = hook_order();
	assert_eq!(check_venue_order(&hooks), Ok(()), "the runtime runs {hooks:?}");
	assert_eq!(hooks.first(), Some(&"System"), "the system pallet starts every block");
}

/// What the check is for: a pallet moved, or one declared between two venue hooks.
#[test]
fn a_reordered_or_interleaved_venue_fails_the_check() {
	let mut swapped: Vec<&str> = ["System", "Timestamp"].into_iter().chain(VENUE_BLOCK_ORDER).collect();
	assert_eq!(check_venue_order(&swapped), Ok(()));
	swapped.swap(4, 5);
	assert!(check_venue_order(&swapped).unwrap_err().contains("crisis path"));
	let mut interleaved: Vec<&str> = VENUE_BLOCK_ORDER.to_vec();
	interleaved.insert(2, "Scheduler");
	assert!(check_venue_order(&interleaved).is_err());
	assert!(check_venue_order(&VENUE_BLOCK_ORDER[..4]).is_err(), "a venue pallet missing");
}
