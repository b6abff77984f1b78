/** @vitest-environment happy-dom */
// The options page's clause library, import and export, and settings.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/options/App';
import { syncCatalogue } from '../utils/library/catalogue-sync';
import { LibraryDb, type Opened } from '../utils/library/db';
import { SETTINGS_KEY } from '../utils/library/settings';
import { CATALOGUE_V1 } from './library/helpers';

let db: LibraryDb;
let n = 0;
async function library(): Promise<Opened> {
  db = new LibraryDb(`options-library-${++n}-${Math.random()}`);
  await syncCatalogue(db, CATALOGUE_V1, 'v1');
  return { ok: true, db };
}

const downloads: { name: string; text: string }[] = [];
async function renderOptions(open?: () => Promise<Opened>) {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  const opened = open ?? (await library().then((o) => () => Promise.resolve(o)));
  render(<App builtIn={[]} openLibrary={opened} download={(name, text) => downloads.push({ name, text })} />);
  await screen.findByRole('heading', { level: 2, name: 'Clause library' });
  await waitFor(() => expect(count()).toMatch(/^\d+ clauses?$/));
}

const region = (name: string) => within(screen.getByRole('region', { name }));
const libraryRegion = () => region('Clause library');
const count = () => libraryRegion().getAllByRole('status')[0]!.textContent;
const titles = () => [...document.querySelectorAll('.clause-item-title')].map((h) => h.textContent);
const item = (id: string) => within(screen.getByTestId(`library-${id}`));

beforeEach(() => {
  fakeBrowser.reset();
  downloads.length = 0;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db?.close();
});

describe('options: clause library', () => {
  it('lists the clauses; search and filters narrow the list', async () => {
    await renderOptions();
    expect(count()).toBe('3 clauses');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'écolab' } });
    await waitFor(() => expect(titles()).toEqual(['Ecolabel criteria required']));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } });
    await waitFor(() => expect(titles()).toEqual(['Accessibilité des services numériques']));
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Part of the tender'), { target: { value: 'award' } });
    await waitFor(() => expect(titles()).toEqual(['Award points for a lower carbon footprint']));
    fireEvent.change(screen.getByLabelText('Part of the tender'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Criterion'), { target: { value: 'soc-accessibility' } });
    await waitFor(() => expect(count()).toBe('1 clause'));
  });

  it('creates a clause: focus in the form, errors named, then the new clause in the list', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'New clause' }));
    const form = within(screen.getByRole('form', { name: 'New clause' }));
    await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Title')));
    fireEvent.click(form.getByRole('button', { name: 'Save clause' }));
    expect(form.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByText('Give the clause a title.')).toBeTruthy();

    fireEvent.input(form.getByLabelText('Title'), { target: { value: 'Reusable crates' } });
    fireEvent.input(form.getByLabelText('Text'), { target: { value: 'Deliveries come in reusable crates that the supplier takes back.' } });
    fireEvent.change(form.getByLabelText('Part of the tender'), { target: { value: 'performance' } });
    fireEvent.click(form.getByRole('checkbox', { name: 'Waste prevention and packaging' }));
    // a tag longer than the library keeps is said, not cut
    const long = 'framework agreement for the central depot and satellites';
    fireEvent.input(form.getByLabelText('Tags'), { target: { value: `logistics, ${long}` } });
    fireEvent.click(form.getByRole('button', { name: 'Save clause' }));
    await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Tags')));
    expect(form.getByLabelText('Tags').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByText(`A tag can have at most 40 characters: “${long}” is longer. Shorten it, or split it with a comma.`)).toBeTruthy();
    expect(await db.clauses.where('origin').equals('user').count()).toBe(0);

    fireEvent.input(form.getByLabelText('Tags'), { target: { value: 'logistics, depot' } });
    fireEvent.click(form.getByRole('button', { name: 'Save clause' }));

    await waitFor(() => expect(libraryRegion().getAllByRole('status')[1]!.textContent).toBe('Added “Reusable crates”.'));
    const mine = (await db.clauses.where('origin').equals('user').toArray())[0]!;
    expect(mine).toMatchObject({ stage: 'performance', tags: ['logistics', 'depot'], lang: 'en' });
    expect(mine.criteria).toHaveLength(1);
    await waitFor(() => expect(document.activeElement?.id).toBe(`edit-${mine.id}`));
    expect(item(mine.id).getByText(/Your clause · English · Contract performance/)).toBeTruthy();
  });

  it('edits a model clause, which then says so and offers the catalogue’s text back', async () => {
    await renderOptions();
    fireEvent.click(item('env-carbon.award.en').getByRole('button', { name: 'Edit' }));
    const form = within(await screen.findByRole('form', { name: 'Edit clause' }));
    fireEvent.input(form.getByLabelText('Text'), { target: { value: 'Our own carbon wording.' } });
    fireEvent.click(form.getByRole('button', { name: 'Save clause' }));
    await waitFor(() => expect(item('env-carbon.award.en').getByText(/Model clause, edited by you/)).toBeTruthy());
    fireEvent.click(item('env-carbon.award.en').getByRole('button', { name: 'Use the catalogue’s text' }));
    await waitFor(async () => expect((await db.clauses.get('env-carbon.award.en'))!.edited).toBe(false));
  });

  it('duplicates, marks favourites, deletes with undo', async () => {
    await renderOptions();
    fireEvent.click(item('env-carbon.award.en').getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(titles()).toContain('Award points for a lower carbon footprint (copy)'));

    const fav = item('env-carbon.award.en').getByRole('button', { name: 'Favourite' });
    expect(fav.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(fav);
    await waitFor(() => expect(item('env-carbon.award.en').getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe('true'));

    fireEvent.click(item('env-ecolabel.specification.en').getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByTestId('library-env-ecolabel.specification.en')).toBeNull());
    const undo = await screen.findByRole('button', { name: 'Undo: bring back “Ecolabel criteria required”' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByTestId('library-env-ecolabel.specification.en');
    await waitFor(() => expect(document.activeElement?.id).toBe('edit-env-ecolabel.specification.en'));
  });

  it('says why when the library cannot open, and keeps the rest of the page', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    render(
      <App
        builtIn={[]}
        openLibrary={() => Promise.resolve({ ok: false, error: { kind: 'quota', message: 'The clause library cannot be saved: storage is full.', detail: 'QuotaExceededError' } })}
      />,
    );
    expect((await screen.findByTestId('library-error')).textContent).toBe('The clause library cannot be saved: storage is full.');
    expect(screen.getByRole('heading', { level: 2, name: 'Your portals' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Settings' })).toBeTruthy();
  });
});

describe('options: import and export', () => {
  const chooseFile = (text: string, name = 'clauses.json') => {
    const input = region('Import and export').getByLabelText('Import a file') as HTMLInputElement;
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  };

  it('exports a file that imports back with nothing to change', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export the library' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^tender-lens-clauses-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(downloads[0]!.text).clauses).toHaveLength(3);
    chooseFile(downloads[0]!.text);
    const preview = within(await screen.findByTestId('import-preview'));
    expect(preview.getByText('0 new clauses')).toBeTruthy();
    expect(preview.getByText('3 clauses unchanged')).toBeTruthy();
  });

  it('previews a file, and imports it on confirm', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export the library' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = JSON.parse(downloads[0]!.text);
    file.clauses.push({ ...file.clauses[0], id: 'user-from-a-colleague', origin: 'user', title: 'From a colleague', catalogue: null });
    chooseFile(JSON.stringify(file));
    const preview = within(await screen.findByTestId('import-preview'));
    await waitFor(() => expect(document.activeElement).toBe(preview.getByRole('heading', { level: 3 })));
    expect(preview.getByText('1 new clause')).toBeTruthy();
    expect(await db.clauses.get('user-from-a-colleague')).toBeUndefined(); // nothing before confirming
    fireEvent.click(preview.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(region('Import and export').getByRole('status').textContent).toBe('Imported: 1 added, 0 changed, 3 unchanged.'));
    await waitFor(() => expect(titles()).toContain('From a colleague'));
  });

  it('refuses an invalid file, naming the entry and field, and changes nothing', async () => {
    await renderOptions();
    const before = await db.clauses.toArray();
    fireEvent.click(screen.getByRole('button', { name: 'Export the library' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = JSON.parse(downloads[0]!.text);
    file.clauses[1].stage = 'tendering';
    chooseFile(JSON.stringify(file));
    await waitFor(() => expect(region('Import and export').getByRole('alert').textContent).toMatch(/^Entry 2 \(id [^)]+\), field “stage”/));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await db.clauses.toArray()).toEqual(before);
  });
});

describe('options: settings', () => {
  it('saves the role, languages, pillars and ambition as they change', async () => {
    await renderOptions();
    const settings = region('Settings');
    fireEvent.click(await settings.findByRole('radio', { name: 'Reviewer' }));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ role: 'reviewer' }));
    fireEvent.click(settings.getByRole('checkbox', { name: 'French' }));
    fireEvent.click(settings.getByRole('checkbox', { name: 'Digital and data' }));
    fireEvent.click(settings.getByRole('radio', { name: 'Comprehensive' }));
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
        role: 'reviewer',
        languages: ['en', 'fr'],
        pillars: ['environment', 'social', 'economic', 'practice'],
        ambition: 'comprehensive',
        stage: null,
        uiLanguage: 'auto',
      }),
    );
    expect(settings.getByRole('status').textContent).toBe('Settings saved.');
    // the last language cannot be cleared
    fireEvent.click(settings.getByRole('checkbox', { name: 'French' }));
    await waitFor(() => expect((settings.getByRole('checkbox', { name: 'English' }) as HTMLInputElement).disabled).toBe(true));
  });
});
