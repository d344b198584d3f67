/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SHIRUBE_API_URL: string;
  readonly VITE_SHIRUBE_PROJECT_KEY: string;
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
