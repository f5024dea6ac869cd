// The one document the consumer checks parse (our own wording) and what a reader takes from it.
export const DOC = [
  ' date 2021-11-02 https://example.org/news/2021/11/02/ferry-timetable.html',
  '',
  'Ferry timetable changes for the winter season',
  '',
  'The harbour office published the winter ferry timetable on Tuesday, with two crossings a day until March.',
  '',
].join('\n');

export const EXPECTED = {
  date: '2021-11-02',
  url: 'https://example.org/news/2021/11/02/ferry-timetable.html',
  title: 'Ferry timetable changes for the winter season',
};
