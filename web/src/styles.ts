/**
 * All CSS of the app, in cascade order. NL Design System: the Utrecht design tokens (as custom properties
 * on `.utrecht-theme`, set on <html> in index.html) and only the component stylesheets the app uses;
 * then the app's own layout rules, which build on the same tokens. Vite bundles these into one CSS file
 * (no runtime <style> injection, so the strict Content-Security-Policy holds).
 */
import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/pre-heading-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/button-link-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/custom-checkbox-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/pagination-css/dist/index.css';
import './app.css';
