import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/StoreProvider';
import { App } from './ui/App';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={createAppStore()}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
