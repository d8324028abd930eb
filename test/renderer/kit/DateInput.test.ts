import { describe, expect, it } from 'vitest';
import { dateError, joinDateParts } from '../../../renderer/src/kit/DateInput';

const label = 'Date of the programme day';
const typed = (day: string, month: string, year: string) =>
  dateError(label, joinDateParts({ day, month, year }));

describe('dateError', () => {
  it('says what is missing in the NHS.UK words', () => {
    expect(typed('', '', '')).toBe('Enter the date of the programme day');
    expect(typed('3', '3', '')).toBe('Date of the programme day must include a year');
    expect(typed('', '3', '')).toBe('Date of the programme day must include a day and year');
    expect(typed('', '', '2027')).toBe('Date of the programme day must include a day and month');
  });

  it('asks for four numbers in the year, and a date that exists', () => {
    expect(typed('3', '3', '27')).toBe('Year must include 4 numbers');
    expect(typed('31', '2', '2027')).toBe('Date of the programme day must be a real date');
    expect(typed('3', 'March', '2027')).toBe('Date of the programme day must be a real date');
    expect(typed('3', '-3', '2027')).toBe('Date of the programme day must be a real date');
  });

  it('has nothing to say about a real date', () => {
    expect(typed('3', '3', '2027')).toBeUndefined();
    expect(typed('29', '2', '2028')).toBeUndefined();
  });
});
