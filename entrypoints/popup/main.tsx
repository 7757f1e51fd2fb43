import { render } from 'preact';
import { sendMessage } from '@/lib/messages';
import { App, type PopupData } from './App';
import './style.css';

/**
 * The popup asks the background instead of opening Dexie itself: the background owns the store
 * and answers only once it is open and seeded, so a popup opened right after install or update
 * never reads a half-filled store; and the popup bundle stays free of Dexie.
 */
async function load(): Promise<PopupData> {
  const [positions, info] = await Promise.all([sendMessage('getPositions'), sendMessage('getDatasetInfo')]);
  return { positions, info };
}

render(<App load={load} />, document.getElementById('app')!);
