import { describe, expect, it } from 'vitest';
import { insecurePageReason, isLoopback, type PageFacts, topOriginOf } from '../../utils/overlay/insecure-page-decision';

// The insecure-page decision: plain http from a non-loopback host, or a frame inside a page whose
// top origin is not an approved EHR.

const page = (facts: Partial<PageFacts>): PageFacts => ({ protocol: 'https:', hostname: 'ehr.example.org', framed: false, topOrigin: null, ...facts });
const APPROVED = ['https://ehr.example.org', 'http://127.0.0.1:5173', 'https://*.health.example'];

describe('plain http', () => {
  it('is insecure from a network host', () => {
    expect(insecurePageReason(page({ protocol: 'http:', hostname: 'ehr.example.org' }), APPROVED)).toBe('plain-http');
    expect(insecurePageReason(page({ protocol: 'http:', hostname: '10.0.0.7' }), APPROVED)).toBe('plain-http');
  });

  it('is fine on this computer (the demo portal)', () => {
    for (const hostname of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'portal.localhost']) {
      expect(insecurePageReason(page({ protocol: 'http:', hostname }), APPROVED), hostname).toBeNull();
    }
  });

  it('https is fine', () => {
    expect(insecurePageReason(page({}), APPROVED)).toBeNull();
  });

  it('knows loopback hosts from look-alikes', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('LOCALHOST')).toBe(true);
    expect(isLoopback('127.0.0.1.evil.example')).toBe(false);
    expect(isLoopback('localhost.evil.example')).toBe(false);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });
});

describe('framed pages', () => {
  it('is insecure inside a page that is not an approved EHR', () => {
    expect(insecurePageReason(page({ framed: true, topOrigin: 'https://news.example.com' }), APPROVED)).toBe('third-party-frame');
    expect(insecurePageReason(page({ framed: true, topOrigin: 'http://localhost:5173' }), APPROVED)).toBe('third-party-frame');
  });

  it('is fine inside an approved EHR, wildcards included', () => {
    expect(insecurePageReason(page({ framed: true, topOrigin: 'https://ehr.example.org' }), APPROVED)).toBeNull();
    expect(insecurePageReason(page({ framed: true, topOrigin: 'https://inbox.health.example' }), APPROVED)).toBeNull();
  });

  it('gives an unknown top origin the benefit of the doubt, and a top-level page is not framed', () => {
    expect(insecurePageReason(page({ framed: true, topOrigin: null }), APPROVED)).toBeNull();
    expect(insecurePageReason(page({ framed: false, topOrigin: 'https://news.example.com' }), APPROVED)).toBeNull();
  });

  it('plain http is reported first when both apply', () => {
    expect(insecurePageReason(page({ protocol: 'http:', framed: true, topOrigin: 'https://news.example.com' }), APPROVED)).toBe('plain-http');
  });
});

describe('top origin', () => {
  it('takes the last ancestor origin, then the referrer', () => {
    expect(topOriginOf(['https://mid.example', 'https://top.example'], 'https://mid.example/page')).toBe('https://top.example');
    expect(topOriginOf(undefined, 'https://top.example/some/path?q=1')).toBe('https://top.example');
    expect(topOriginOf([], '')).toBeNull();
    expect(topOriginOf(undefined, 'not a url')).toBeNull();
    expect(topOriginOf(['null'], 'data:text/html,hi')).toBeNull();
  });
});
