//! Calendar dates, exact ([`Date`]) and partial ([`PartialDate`]: a year, a month, or a day).
//!
//! Office terms in the gazetteer are often known only to the year ("2019") or month ("2025-10");
//! news needs exact days ("on Thursday" against the document's date). Both are small `Copy` types
//! that serialise as ISO 8601 strings.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A day of the proleptic Gregorian calendar.
///
/// ```
/// use diplograph::Date;
/// let d: Date = "2025-09-04".parse().unwrap();
/// assert_eq!(d.weekday(), 3); // Thursday (Monday = 0)
/// assert_eq!(d.add_days(-1).to_string(), "2025-09-03");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {text:?}: expected YYYY, YYYY-MM or YYYY-MM-DD with a real month and day")]
pub struct DateError {
    text: String,
}

impl Date {
    /// The date of `year`, `month` (1–12) and `day`, or `None` when no such day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days_since_epoch() + 3).rem_euclid(7) as u8
    }

    /// This date moved by `days` (negative for earlier).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days_since_epoch(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        match s.parse::<PartialDate>()? {
            PartialDate {
                year,
                month: Some(m),
                day: Some(d),
            } => Ok(Date {
                year,
                month: m,
                day: d,
            }),
            _ => Err(DateError { text: s.to_owned() }),
        }
    }
}

/// A date known to the year, the month or the day: `2019`, `2025-10`, `2025-09-04`.
///
/// ```
/// use diplograph::{Date, PartialDate};
/// let p: PartialDate = "2025-10".parse().unwrap();
/// assert_eq!(p.first_day().to_string(), "2025-10-01");
/// assert_eq!(p.last_day().to_string(), "2025-10-31");
/// assert!(p.contains("2025-10-21".parse::<Date>().unwrap()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// The earliest day this partial date can mean.
    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month.unwrap_or(1),
            day: self.day.unwrap_or(1),
        }
    }

    /// The latest day this partial date can mean.
    pub fn last_day(self) -> Date {
        let month = self.month.unwrap_or(12);
        Date {
            year: self.year,
            month,
            day: self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        }
    }

    /// Whether `date` falls within this year, month or day.
    pub fn contains(self, date: Date) -> bool {
        self.first_day() <= date && date <= self.last_day()
    }

    /// True when the day is known.
    pub fn is_exact(self) -> bool {
        self.day.is_some()
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> PartialDate {
        PartialDate {
            year: d.year,
            month: Some(d.month),
            day: Some(d.day),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<PartialDate, DateError> {
        let err = || DateError { text: s.to_owned() };
        let mut parts = s.split('-');
        let number = |p: Option<&str>, len: usize| -> Result<Option<u32>, DateError> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| err())
                }
                Some(_) => Err(err()),
            }
        };
        let year = number(parts.next(), 4)?.ok_or_else(err)? as i32;
        let month = number(parts.next(), 2)?.map(|m| m as u8);
        let day = number(parts.next(), 2)?.map(|d| d as u8);
        if parts.next().is_some() {
            return Err(err());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(err());
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(err());
                }
            }
        }
        Ok(PartialDate { year, month, day })
    }
}

macro_rules! serde_as_string {
    ($t:ty, $what:literal) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
serde_as_string!(Date, "date");
serde_as_string!(PartialDate, "partial date");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_days() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2025-09-04",
            "1946-12-31",
            "2100-03-01",
        ] {
            let d: Date = s.parse().unwrap();
            assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d);
            assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "2025-02-29",
            "2025-13-01",
            "2025-00",
            "25-01-01",
            "2025-1-1",
            "",
            "2025-01-01-01",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2024-02".parse::<Date>().is_err());
    }

    #[test]
    fn weekdays() {
        assert_eq!("2025-09-04".parse::<Date>().unwrap().weekday(), 3);
        assert_eq!("2004-08-30".parse::<Date>().unwrap().weekday(), 0);
    }
}
