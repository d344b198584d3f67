import { render } from 'preact';
import { App } from './app.js';
import { createHistoryRouter } from './router.js';
import { leaveOutElements } from './without-elements.js';
import './styles/app.css';

leaveOutElements(location.search);
render(<App router={createHistoryRouter()} />, document.getElementById('app')!);
