WITH event_dates AS (
  SELECT _event__date AS __date FROM dar__staging.event__org__departments
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__org__employees
),
bounds AS (
  SELECT min(__date) AS __first, max(__date) AS __last FROM event_dates
),
days AS (
  SELECT CAST(unnest(generate_series(CAST(__first AS TIMESTAMP), CAST(__last AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE) AS __date
  FROM bounds
)
SELECT
  'epoch__date|' || strftime(__date, '%Y-%m-%d') AS _hook__epoch__date,
  __date AS calendar__date,
  year(__date) AS calendar__year,
  quarter(__date) AS calendar__quarter,
  month(__date) AS calendar__month,
  monthname(__date) AS calendar__month_name,
  day(__date) AS calendar__day_of_month,
  isodow(__date) AS calendar__day_of_week,
  dayname(__date) AS calendar__day_name,
  dayofyear(__date) AS calendar__day_of_year,
  week(__date) AS calendar__iso_week,
  isoyear(__date) AS calendar__iso_year,
  isodow(__date) >= 6 AS calendar__is_weekend,
  strftime(__date, '%Y-%m') AS calendar__year_month,
  CAST(year(__date) AS VARCHAR) || '-Q' || CAST(quarter(__date) AS VARCHAR) AS calendar__year_quarter
FROM days
