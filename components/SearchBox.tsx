import type { Ref } from 'preact';
import { t } from './i18n';
import { focusFirstEntry } from './listKeys';

/** The search field: results follow every keystroke; ArrowDown moves into the results; Escape clears. */
export function SearchBox({
  value,
  onInput,
  inputRef,
}: {
  value: string;
  onInput: (q: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <div class="search" role="search">
      <label class="search-label" for="standpunkt-search">
        {t('searchLabel')}
      </label>
      <input
        id="standpunkt-search"
        ref={inputRef}
        class="search-input"
        type="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellcheck={false}
        aria-describedby="standpunkt-search-help"
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && focusFirstEntry(e.currentTarget)) e.preventDefault();
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onInput('');
          }
        }}
      />
      {/* Seen while there is a query (its keys act on the results); always read out through aria-describedby. A
          change on typing, never on focus: a hint that vanished on blur would move the list under a click. */}
      <p id="standpunkt-search-help" class={value ? 'search-help' : 'search-help visually-hidden'}>
        {t('searchHelp')}
      </p>
    </div>
  );
}
