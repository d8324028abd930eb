import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { PortfolioSummary, TraineeProfile } from '../../../shared/schemas/portfolio';
import { traineeProfileSchema } from '../../../shared/schemas/portfolio';
import { api } from '../api';
import type { SummaryItem } from '../kit/ErrorSummary';
import { DateInput } from '../kit/DateInput';
import { ErrorSummary } from '../kit/ErrorSummary';
import { Radios } from '../kit/Choices';
import { TextField } from '../kit/TextField';
import { formWording, wordResult } from '../kit/error-wording';

const fieldIds: Record<keyof TraineeProfile, string> = {
  name: 'trainee-name',
  university: 'trainee-university',
  service: 'trainee-service',
  cohort: 'trainee-cohort',
  startDate: 'trainee-start-date',
  route: 'trainee-route',
};

const routes = [
  { value: 'pgcert', label: 'Postgraduate certificate' },
  { value: 'gradcert', label: 'Graduate certificate' },
  { value: 'apprenticeship', label: 'Level 6 apprenticeship' },
] as const;

/** The schema words its messages for any caller; the form says them with its own labels. */
const wording = formWording({
  dates: { startDate: 'Programme start date' },
  empty: {
    name: 'Enter your name',
    university: 'Enter your university',
    service: 'Enter your NHS Talking Therapies service',
    cohort: 'Enter your cohort',
    route: 'Select your training route',
  },
});

const resolver = zodResolver(traineeProfileSchema);

function isProfileField(value: string): value is keyof TraineeProfile {
  return value in fieldIds;
}

/** Creates a portfolio. The same zod schema checks the form here and the input in main. */
export function CreatePortfolioForm({
  onCreated,
}: {
  onCreated: (summary: PortfolioSummary) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [supervisorName, setSupervisorName] = useState('');
  const [supervisorError, setSupervisorError] = useState<string | undefined>(undefined);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<TraineeProfile>({
    resolver: async (values, context, options) => {
      const result = await resolver(values, context, options);
      return wordResult(result, values, wording);
    },
    // The NHS.UK pattern moves focus to the error summary, not to the first field.
    shouldFocusError: false,
    defaultValues: {
      name: '',
      university: '',
      service: '',
      cohort: '',
      startDate: '',
      route: 'pgcert',
    },
  });

  const onSubmit = handleSubmit(async (trainee) => {
    setFormError(null);
    setSupervisorError(undefined);
    const name = supervisorName.trim();
    const result = await api.portfolioCreate({
      trainee,
      ...(name ? { supervisorName: name } : {}),
    });
    if (result.ok) return onCreated(result.data);
    for (const field of result.error.fields) {
      if (field.path === 'supervisorName') setSupervisorError(field.message);
      const key = field.path.replace(/^trainee\./, '');
      if (isProfileField(key))
        setError(key, { message: wording(key, field.message, trainee[key]) ?? field.message });
    }
    // Everything typed stays in the form; the message says why it was not saved.
    setFormError(result.error.message);
  });

  const summary: SummaryItem[] = (Object.keys(fieldIds) as (keyof TraineeProfile)[]).flatMap(
    (key) => {
      const message = errors[key]?.message;
      return message ? [{ fieldId: fieldIds[key], message }] : [];
    },
  );
  if (supervisorError) summary.push({ fieldId: 'supervisor-name', message: supervisorError });
  if (formError && summary.length === 0)
    summary.push({ fieldId: fieldIds.name, message: formError });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="create-heading">
      <h2 className="nhsuk-heading-m" id="create-heading">
        Create a portfolio
      </h2>
      <ErrorSummary items={summary} attempt={submitCount} />
      <TextField
        id={fieldIds.name}
        label="Your name"
        autoComplete="name"
        error={errors.name?.message}
        {...register('name')}
      />
      <TextField
        id={fieldIds.university}
        label="University"
        hint="The university that runs your PWP programme"
        error={errors.university?.message}
        {...register('university')}
      />
      <TextField
        id={fieldIds.service}
        label="NHS Talking Therapies service"
        hint="The service where you do your clinical practice"
        error={errors.service?.message}
        {...register('service')}
      />
      <TextField
        id={fieldIds.cohort}
        label="Cohort"
        hint="For example, January 2027"
        error={errors.cohort?.message}
        {...register('cohort')}
      />
      <Controller
        control={control}
        name="startDate"
        render={({ field }) => (
          <DateInput
            id={fieldIds.startDate}
            legend="Programme start date"
            hint="For example, 11 1 2027"
            error={errors.startDate?.message}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <TextField
        id="supervisor-name"
        label="Your workplace supervisor (optional)"
        hint="You can add more supervisors and your university tutor later, under Supervisors and tutors"
        error={supervisorError}
        value={supervisorName}
        onChange={(event) => setSupervisorName(event.target.value)}
      />
      <Radios
        id={fieldIds.route}
        legend="Training route"
        options={routes}
        error={errors.route?.message}
        registration={register('route')}
      />
      <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
        Create portfolio
      </button>
    </form>
  );
}
