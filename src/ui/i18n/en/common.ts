export const common = {
  title: 'Raft Explorer',
  language: 'Language',
  loading: 'Starting the simulation…',
  error: {
    title: 'Something could not be used',
    dismiss: 'Dismiss',
    view: 'This view failed: {{message}}. The rest of the page still works.',
    retry: 'Try again',
  },
  link: { copy: 'Copy link', copied: 'Link copied: it opens this run at this moment.', inAddressBar: 'The link is in the address bar.' },
  roles: { follower: 'follower', precandidate: 'pre-candidate', candidate: 'candidate', leader: 'leader' },
  node: 'node',
  term: 'term',
  time: 'time',
  ms: '{{value}} ms',
};
