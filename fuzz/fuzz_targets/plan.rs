//! Plans with the right shape and random contents, built from the field table: every
//! rule gets to run. Besides the checks on every report: the language changes only the
//! words, and the layout of the JSON changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    let (Ok(plan), Ok(opties)) = (plantoets_fuzz::plan(&mut u), plantoets_fuzz::opties(&mut u)) else { return };
    plantoets_fuzz::controleer_plan(&plan, &opties);
});
