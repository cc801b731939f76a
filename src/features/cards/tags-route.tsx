/** Route module for `/tags`: every tag, with how many cards carry it. */
import { allTags } from '../../content/cards';
import { usePageTitle } from '../../ui/usePageTitle';
import { TagChips } from './CardBrowse';

export function Component() {
  usePageTitle('Tags');
  return (
    <div className="cards-list">
      <h1>Tags</h1>
      <p className="lead">Each tag gathers the cards on one theme: {allTags.length} tags.</p>
      <TagChips />
    </div>
  );
}
