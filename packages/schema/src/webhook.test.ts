import { describe, expect, it } from 'vitest';
import { isAllowedWebhookUrl } from './webhook.js';

describe('webhook URL rule', () => {
  it('allows https anywhere and plain http to this machine only', () => {
    for (const ok of ['https://hooks.example.com/shirube', 'https://10.0.0.5:8443/x?y=1', 'http://localhost:3000/hooks', 'http://127.0.0.1/x', 'http://[::1]:9/x']) expect(isAllowedWebhookUrl(ok), ok).toBe(true);
  });

  it('refuses other schemes, other hosts over http, credentials and text that is no URL', () => {
    for (const bad of ['http://hooks.example.com/x', 'http://localhost.example.com/x', 'ftp://localhost/x', 'https://user:pw@hooks.example.com/', 'hooks.example.com', '', 'javascript:alert(1)']) {
      expect(isAllowedWebhookUrl(bad), bad).toBe(false);
    }
  });
});
