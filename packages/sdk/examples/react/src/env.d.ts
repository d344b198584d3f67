interface ImportMetaEnv {
  readonly VITE_SHIRUBE_API_URL: string;
  readonly VITE_SHIRUBE_PROJECT_KEY: string;
}
