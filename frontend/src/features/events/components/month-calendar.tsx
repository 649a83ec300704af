/** A month as a grid of weeks (Monday first) with each day's events as links. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../api/events';

/** "2027-03" → the days of the grid: from the Monday on or before the 1st to the Sunday on or after the last. */
export function monthGrid(month: string): string[][] {
  const [year, monthNumber] = month.split('-').map(Number);
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const last = new Date(Date.UTC(year, monthNumber, 0));
  const start = new Date(first);
  start.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const weeks: string[][] = [];
  for (const day = new Date(start); day <= last || weeks.at(-1)?.length !== 7; day.setUTCDate(day.getUTCDate() + 1)) {
    if (weeks.length === 0 || weeks.at(-1)?.length === 7) weeks.push([]);
    weeks.at(-1)?.push(day.toISOString().slice(0, 10));
  }
  return weeks;
}

export function MonthCalendar({ month, events }: { month: string; events: EventView[] }) {
  const { t, i18n } = useTranslation();
  const weeks = monthGrid(month);
  const weekdays = weeks[0].map((day) =>
    new Date(`${day}T12:00:00Z`).toLocaleDateString(i18n.language, { weekday: 'short', timeZone: 'UTC' }),
  );
  const title = new Date(`${month}-01T12:00:00Z`).toLocaleDateString(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <table className="table month-calendar">
      <caption>{t('events.calendarCaption', { month: title })}</caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th key={weekday} scope="col">
              {weekday}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const today = events.filter((event) => event.startsAt.slice(0, 10) <= day && event.endsAt.slice(0, 10) >= day);
              return (
                <td key={day} className={day.startsWith(month) ? undefined : 'month-calendar__other'}>
                  <span className="month-calendar__day">{Number(day.slice(8, 10))}</span>
                  {today.map((event) => (
                    <Link key={event.id} to={`/events/${event.id}`} className="month-calendar__event">
                      {event.startsAt.slice(11, 16)} {event.title}
                    </Link>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
