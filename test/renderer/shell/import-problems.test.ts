import { describe, expect, it } from 'vitest';
import { problemPlace } from '../../../renderer/src/shell/import-problems';

describe('problemPlace', () => {
  it('names an entry of a list by its kind and its place, counting from 1', () => {
    expect(problemPlace('contacts.0.measures.phq9')).toBe('Contact 1, PHQ-9 score');
    expect(problemPlace('contacts.11.notes')).toBe('Contact 12, notes');
    expect(problemPlace('programmeDays.2.makeUpPlan')).toBe('Programme day 3, make-up plan');
    expect(problemPlace('supervision.0.patientCodesReviewed.4')).toBe(
      'Supervision session 1, patient code 5',
    );
  });

  it('names the parts of the file that are not lists', () => {
    expect(problemPlace('trainee.startDate')).toBe('Your details, start date');
    expect(problemPlace('schemaVersion')).toBe('File format version');
    expect(problemPlace('')).toBe('The file as a whole');
  });

  it('spells out a name it does not know rather than showing code', () => {
    expect(problemPlace('someNewThing.0.oddField')).toBe('Some new thing 1, odd field');
  });
});
