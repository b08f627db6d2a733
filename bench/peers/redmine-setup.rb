# Redmine for the side-by-side in bench/README.md ("The peers"): the REST API on, a project `bank` with 20
# units (sub-projects) of five categories each. Run with `bin/rails runner`; prints the admin's API key.
Setting.rest_api_enabled = '1'
admin = User.find_by_login('admin')
admin.must_change_passwd = false
admin.save!
key = admin.api_key
trackers = Tracker.where(name: %w[Bug Feature Support]).to_a
bank = Project.find_by_identifier('bank') || Project.create!(name: 'Bank', identifier: 'bank', is_public: true, trackers: trackers)
(1..20).each do |i|
  ident = format('unit-%02d', i)
  p = Project.find_by_identifier(ident) || Project.new(name: format('Unit %02d', i), identifier: ident, is_public: true, trackers: trackers)
  if p.new_record?
    p.save!
    p.set_parent!(bank)
  end
  (1..5).each { |c| p.issue_categories.find_or_create_by!(name: "Category #{c}") }
end
puts "API_KEY=#{key}"
puts "modules=#{Project.find_by_identifier('unit-01').enabled_module_names.inspect}"
puts "trackers=#{trackers.map{|t| [t.id,t.name]}.inspect}"
puts "statuses=#{IssueStatus.all.map{|s| [s.id,s.name,s.is_closed]}.inspect}"
puts "priorities=#{IssuePriority.all.map{|s| [s.id,s.name,s.is_default]}.inspect}"
