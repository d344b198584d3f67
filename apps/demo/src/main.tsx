import { render } from 'preact';
import { App } from './app.js';
import { createHistoryRouter } from './router.js';
import './styles/app.css';

render(<App router={createHistoryRouter()} />, document.getElementById('app')!);
