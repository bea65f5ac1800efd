import { useEffect, useState } from 'preact/hooks';
import type { ImportDataResponse } from '../../utils/messaging/notes-protocol';
import { MAX_IMPORT_CHARS } from '../../utils/notes/exchange';
import { ENTITY_TYPES } from '../../utils/pack/schema';
import type { Settings } from '../../utils/settings/schema';
import { updateSettings } from '../../utils/settings/store';
import { UI_LANGS, type UiLang } from '../../utils/settings/ui-lang';
import { dataApi, download, factsApi } from './api';
import { useLang, useT } from './i18n';

function bytes(n: number | undefined): string {
  if (n === undefined) return '?';
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

/** A button whose action asks first ("Clear cache", "Clear history"): nothing is removed on one click. */
function ConfirmedAction({ label, question, name, onConfirm }: { label: string; question: string; name?: string; onConfirm: () => Promise<void> }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <div class="row">
      <span class="small">{question}</span>
      <button
        type="button"
        onClick={async () => {
          setConfirming(false);
          await onConfirm();
        }}
      >
        {t('confirm')}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </button>
    </div>
  ) : (
    <button type="button" {...(name ? { name } : {})} onClick={() => setConfirming(true)}>
      {label}
    </button>
  );
}

function Storage() {
  const t = useT();
  const [est, setEst] = useState<StorageEstimate | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEst, () => undefined);
    void navigator.storage?.persisted?.().then(setPersisted, () => undefined);
  }, []);
  return (
    <div>
      {est && <p class="small">{t('storageUsed', { used: bytes(est.usage), quota: bytes(est.quota) })}</p>}
      {persisted !== null && (
        <p class="small" data-testid="persisted">
          {t(persisted ? 'persisted' : 'notPersisted')}
        </p>
      )}
      {persisted === false && (
        <button
          type="button"
          onClick={async () => {
            const ok = await navigator.storage.persist();
            setPersisted(ok);
            setRefused(!ok);
          }}
        >
          {t('persist')}
        </button>
      )}
      {refused && <p class="muted small">{t('persistRefused')}</p>}
    </div>
  );
}

export function Cache() {
  const t = useT();
  const [info, setInfo] = useState<Awaited<ReturnType<typeof factsApi.cacheInfo>> | null>(null);
  const [status, setStatus] = useState('');
  const refresh = () => void factsApi.cacheInfo().then(setInfo, () => undefined);
  useEffect(refresh, []);
  return (
    <fieldset>
      <legend>{t('cache')}</legend>
      {info && (
        <p class="small" data-testid="cache-info">
          {t('cacheInfo', { entities: info.packEntities + info.userEntities + info.onlineEntities, user: info.userEntities, visits: info.visits })}
        </p>
      )}
      <ConfirmedAction label={t('clearCache')} question={t('clearCacheConfirm')} onConfirm={async () => {
        await factsApi.clearCache();
        setStatus(t('cacheCleared'));
        refresh();
      }} />
      {status && (
        <p class="small" role="status">
          {status}
        </p>
      )}
    </fieldset>
  );
}

/** Clamps a number field's value to its bounds; NaN (an emptied field) is no change. */
function bounded(input: EventTarget | null, min: number, max: number): number | null {
  const v = Math.round(Number((input as HTMLInputElement).value));
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : null;
}

/** The visit log ("pages seen"): its size, its own clearing, and how long and how much of it is kept. */
export function History({ settings }: { settings: Settings }) {
  const t = useT();
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const refresh = () => void dataApi.historyCount().then(setCount, () => undefined);
  useEffect(refresh, []);
  return (
    <fieldset>
      <legend>{t('history')}</legend>
      {count !== null && (
        <p class="small" data-testid="history-count">
          {t('historyInfo', { n: count })}
        </p>
      )}
      <p class="muted small">{t('historyNote')}</p>
      <label class="block">
        {t('historyDays')}{' '}
        <input
          type="number"
          name="history-days"
          min={1}
          max={3650}
          value={settings.historyDays}
          onChange={(e) => {
            const v = bounded(e.target, 1, 3650);
            if (v !== null) void updateSettings(() => ({ historyDays: v }));
          }}
        />
      </label>
      <label class="block">
        {t('historyMax')}{' '}
        <input
          type="number"
          name="history-max"
          min={100}
          max={100_000}
          step={100}
          value={settings.historyMaxVisits}
          onChange={(e) => {
            const v = bounded(e.target, 100, 100_000);
            if (v !== null) void updateSettings(() => ({ historyMaxVisits: v }));
          }}
        />
      </label>
      <ConfirmedAction name="clear-history" label={t('clearHistory')} question={t('clearHistoryConfirm')} onConfirm={async () => {
        await dataApi.clearHistory();
        setStatus(t('historyCleared'));
        refresh();
      }} />
      {status && (
        <p class="small" role="status">
          {status}
        </p>
      )}
    </fieldset>
  );
}

function ImportReport({ r }: { r: ImportDataResponse }) {
  const t = useT();
  const count = (o: string) => r.report.filter((l) => l.outcome === o).length;
  return (
    <div data-testid="import-report">
      {r.applied ? (
        <p class="small" role="status">
          {t('importDone', { added: count('added'), updated: count('updated'), unchanged: count('unchanged') })}
        </p>
      ) : (
        <p class="error" role="alert">
          {r.error}
        </p>
      )}
      {r.report.length > 0 && (
        <details open={!r.applied}>
          <summary class="small">{r.report.length}</summary>
          <ul class="report small">
            {r.report.slice(0, 500).map((l, i) => (
              <li key={i} class={`outcome-${l.outcome}`}>
                {l.kind} <code>{l.id}</code>: {t(`outcome_${l.outcome}`)}
                {l.reason ? ` (${l.reason})` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Data() {
  const t = useT();
  const lang = useLang();
  const [report, setReport] = useState<ImportDataResponse | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const exp = async (format: 'backstory' | 'webannotation' | 'markdown') => {
    const f = await dataApi.export(format, lang);
    download(f.filename, f.mime, f.text);
  };
  const run = async (text: string, skipRejected: boolean) => {
    const r = await dataApi.import(text, skipRejected);
    setReport(r);
    setPending(!r.applied && r.report.some((l) => l.outcome === 'rejected') && r.report.some((l) => l.outcome !== 'rejected') ? text : null);
  };
  return (
    <fieldset>
      <legend>{t('data')}</legend>
      <div class="row wrap">
        <button type="button" onClick={() => void exp('backstory')}>
          {t('exportAll')}
        </button>
        <button type="button" onClick={() => void exp('webannotation')}>
          {t('exportAnno')}
        </button>
        <button type="button" onClick={() => void exp('markdown')}>
          {t('exportMd')}
        </button>
      </div>
      <label class="block">
        {t('importFile')}{' '}
        <input
          type="file"
          name="import-file"
          accept=".json,application/json"
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            if (file.size > MAX_IMPORT_CHARS) {
              setReport({ applied: false, error: t('importTooBig'), report: [] });
              return;
            }
            await run(await file.text(), false);
          }}
        />
      </label>
      {report && <ImportReport r={report} />}
      {pending && (
        <button type="button" onClick={() => void run(pending, true)}>
          {t('importAnyway', { n: report?.report.filter((l) => l.outcome !== 'rejected').length ?? 0 })}
        </button>
      )}
      <Storage />
    </fieldset>
  );
}

/** Each UI language by its own name, so a reader finds theirs whatever the popup speaks now; a language missing here is a type error. */
const LANG_NAMES: Record<UiLang, string> = {
  en: 'English',
  it: 'Italiano',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  pt: 'Português',
  ru: 'Русский',
};

export function SettingsTab({ settings }: { settings: Settings }) {
  const t = useT();
  const set = (change: Partial<Settings>) => void updateSettings(() => change);
  return (
    <div class="settings">
      <fieldset>
        <legend>{t('general')}</legend>
        <label class="switch">
          <input type="checkbox" role="switch" name="enabled" checked={settings.enabled} onChange={(e) => set({ enabled: (e.target as HTMLInputElement).checked })} />
          {t('enabled')}
        </label>
        <p class="small">{t('disabledSites')}:</p>
        {settings.disabledSites.length === 0 ? (
          <p class="muted small">{t('noDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site} class="small">
                {site}{' '}
                <button
                  type="button"
                  class="link"
                  aria-label={t('enableSite', { site })}
                  onClick={() => void updateSettings((s) => ({ disabledSites: s.disabledSites.filter((x) => x !== site) }))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('typesToHighlight')}</legend>
        {ENTITY_TYPES.map((ty) => (
          <label key={ty} class="check">
            <input
              type="checkbox"
              name={`type-${ty}`}
              checked={settings.types.includes(ty)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                void updateSettings((s) => ({ types: on ? [...new Set([...s.types, ty])] : s.types.filter((x) => x !== ty) }));
              }}
            />
            {t(ty)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('style')}</legend>
        {(['underline', 'background'] as const).map((v) => (
          <label key={v} class="check">
            <input type="radio" name="style" value={v} checked={settings.style === v} onChange={() => set({ style: v })} />
            {t(v)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('trigger')}</legend>
        {(['click', 'hover'] as const).map((v) => (
          <label key={v} class="check">
            <input type="radio" name="trigger" value={v} checked={settings.trigger === v} onChange={() => set({ trigger: v })} />
            {t(v)}
          </label>
        ))}
        <label class="block">
          {t('hoverDelay')}{' '}
          <input
            type="number"
            name="hover-delay"
            min={0}
            max={5000}
            step={50}
            disabled={settings.trigger !== 'hover'}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const v = Math.round(Number((e.target as HTMLInputElement).value));
              if (Number.isFinite(v)) set({ hoverDelayMs: Math.min(5000, Math.max(0, v)) });
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('uiLanguage')}</legend>
        <select name="ui-lang" aria-label={t('uiLanguage')} value={settings.uiLang} onChange={(e) => set({ uiLang: (e.target as HTMLSelectElement).value as Settings['uiLang'] })}>
          <option value="auto">{t('browserLanguage')}</option>
          {UI_LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('online')}</legend>
        {/* Nothing implements online lookups yet: the switch is shown, off and disabled, with the reason. */}
        <label class="switch">
          <input type="checkbox" role="switch" name="online" checked={false} disabled aria-describedby="online-note" />
          {t('online')}
        </label>
        <p id="online-note" class="muted small">
          {t('onlineNote')}
        </p>
      </fieldset>
      <History settings={settings} />
      <Data />
    </div>
  );
}
