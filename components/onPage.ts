import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Ids of the positions the current page is about: entries in «all» and in search results mark them. */
export const OnPageContext = createContext<ReadonlySet<string>>(new Set());

export const useOnPage = () => useContext(OnPageContext);
