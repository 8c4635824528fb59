// Strings of the space-time diagram and the bottom panel's view switch.
export const spacetime = {
  tabs: { label: 'Bottom view', logs: 'Logs', terms: 'Terms', spacetime: 'Space-time' },
  label: 'Space-time diagram: one lane per node, messages as arrows from send to receive',
  toolbar: 'Space-time diagram controls',
  empty: 'Nothing has happened yet.',
  zoomIn: 'Zoom in (show less time)',
  zoomOut: 'Zoom out (show more time)',
  span: '{{value}} shown',
  earlier: 'Earlier',
  later: 'Later',
  follow: 'Follow playback',
  heartbeats: 'Heartbeats',
  shiviz: 'Save as ShiViz log',
};
