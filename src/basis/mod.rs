//! Shared basics, used by every stage and knowing none of them: exact fractions, dates,
//! digits, JSON text in, JSON Pointers, the two languages, and the shape of a rule and of a
//! finding (the facts it was made from; its words are made later, by the report).

pub mod bevinding;
pub mod breuk;
pub mod cijfers;
pub mod datum;
pub mod json;
pub mod pad;
pub mod sorteer;
pub mod taal;
pub mod tekens;
