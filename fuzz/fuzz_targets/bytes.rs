//! Any bytes as a plan's text, and as the options' text: no panic, always a well-formed
//! report, the same report every time.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte says how many of the following bytes are the options.
    let (opties, plan) = match data.split_first() {
        Some((&n, rest)) => rest.split_at(usize::from(n % 64).min(rest.len())),
        None => (&[][..], data),
    };
    let plan = String::from_utf8_lossy(plan);
    let opties = String::from_utf8_lossy(opties);
    plantoets_fuzz::bewaar(&plan, &opties);
    plantoets_fuzz::controleer(&plan, &opties);
});
