import { defineWebExtConfig } from 'wxt';

// Headless machines and CI have no display: never auto-launch a browser from `wxt dev`.
export default defineWebExtConfig({ disabled: true });
